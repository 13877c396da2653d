m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m, m[1], m[1][2], m[-1][-1], len(m))
print([row[1] for row in m], [list(col) for col in zip(*m)])
m[0][0] = "x"
print(m)
nested = [1, [2, [3, [4, [5]]]]]
print(nested, nested[1][1][1][1][0])
flat = []
stack = [nested]
while stack:
    item = stack.pop()
    if isinstance(item, list):
        stack.extend(reversed(item))
    else:
        flat.append(item)
print(flat)
r = [1, 2]
r.append(r)
print(r, r[2] is r)
print(str([[], [[]], [[], []]]), repr([1, "two", 3.0, None, True, (4,), {5: 6}]))

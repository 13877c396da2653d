a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
c = [0] * 3
print(c, [1, 2] * 2, 2 * [None], [1] * 0, [1] * -5)
grid = [[0] * 2] * 2
grid[0][0] = 9
print(grid)
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 9
print(grid)
d = [7]
d *= 3
print(d)
print([1, 2, 3] == [1, 2, 3], [1, 2] != [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99])
print([] < [0], [[1]] < [[2]], [1, "a"] == [1, "a"], [1] == (1,), [1.0] == [1])
print(2 in [1, 2], 5 not in [1, 2], [1] in [[1], 2], None in [None])
e = []
e += "xy"
e += range(2)
print(e)
try:
    [1] < ["a"]
except TypeError as ex:
    print(type(ex).__name__, ex)

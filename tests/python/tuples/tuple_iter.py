t = ("a", "b", "c")
for i, v in enumerate(t):
    print(i, v)
print(list(t), tuple(reversed(t)), sum((1, 2, 3)), max((4, 9, 2)), ("x",) * 2 + t)
coords = [(1, 2), (3, 4), (5, 6)]
for x, y in coords:
    print(x * y, end=" ")
print()
print([x + y for x, y in coords], dict(coords), tuple(x for x, _ in coords))
swap = [(b, a) for a, b in coords]
print(swap)

a = ["a", "b", "c", "b", "a", "b"]
print(a.index("b"), a.index("b", 2), a.index("b", 2, 4), a.index("a", -2), a.index("b", -1))
print(a.count("b"), a.count("z"), [1, 1.0, True].count(1), [[1], [1]].count([1]))
try:
    a.index("c", 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.index("b", 4, 5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [1, 2].index([1])
except ValueError as e:
    print(type(e).__name__, e)
print(a.index("a", 1, 100), a.index("c", -100))

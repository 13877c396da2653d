print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-5)))
for i, (a, b) in enumerate(zip("xy", [10, 20]), start=100):
    print(i, a, b)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1, 2])), list(zip("a", "b", "c")))
print(dict(zip(range(3), "xyz")), list(zip(*[(1, "a"), (2, "b")])))
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2, 3], [4, 5], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [4, 5], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [2], [3, 4], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
e = enumerate("q")
print(next(e), next(e, "exhausted"))
print(type(enumerate([])).__name__, type(zip()).__name__)

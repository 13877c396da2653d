print(sorted([3, 1, 2]), sorted("cba"), sorted({3: 1, 1: 2}), sorted((2.5, -1, 0)), sorted([]))
print(sorted(["b", "A", "c"], key=str.lower, reverse=True))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
print(list(reversed({1: "a", 2: "b"})), "".join(reversed("stressed")))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted(5)
except TypeError as e:
    print(type(e).__name__, e)
r = reversed([1, 2])
print(next(r), next(r), next(r, "done"), type(r).__name__)

it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.args)
s = iter("ab")
print(next(s), next(s), list(s))
d = iter({"x": 1, "y": 2})
print(next(d), list(d))
r = iter(range(2))
print(type(r).__name__, next(r), next(r))
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
i = iter([1])
print(iter(i) is i, list(i), list(i))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__, type(iter({})).__name__)

"""A StopIteration raised inside the function that `map` or `filter` calls ends the
iteration for every consumer (list, tuple, set, sorted, sum, join, comprehensions,
`yield from`, zip), as CPython's iterator protocol reads it; `next()` re-raises it."""


def f(x):
    if x == 2:
        raise StopIteration
    return x * 10
print(list(map(f, [0, 1, 2, 3])))
print(list(filter(lambda x: f(x), [1, 2, 3])))
print([y for y in map(f, [0, 1, 2, 3])])
print(sorted(map(f, [1, 0, 2, 3])))
print(tuple(map(f, range(5))), set(map(f, range(5))))
it = map(f, [0, 1, 2, 3])
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration from next")
print(sum(map(f, [1, 2, 3])), " ".join(map(str, map(f, [1, 2, 3]))))
def g():
    yield from map(f, [0, 1, 2, 3])
print(list(g()))
print(dict(zip("ab", map(f, [1, 2, 3]))))

def f(*args, **kwargs):
    return args, kwargs


print(f())
print(f(1, 2))
print(f(a=1))
print(f(1, "two", x=3, y=[4]))
print(f(*range(3), *"ab", **{"k": 1}, **{"j": 2}))


def g(first, *rest, sep="-", **opts):
    return first + sep + sep.join(rest), opts


print(g("a"), g("a", "b", "c"), g("a", "b", sep="+", extra=True))


def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s


print(total(), total(1, 2, 3), total(*range(101)))
print(type(f(1)[0]).__name__, type(f(a=1)[1]).__name__)

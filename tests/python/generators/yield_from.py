def inner():
    yield "i1"
    yield "i2"
    return "inner-result"


def outer():
    result = yield from inner()
    print("inner returned", result)
    yield from [10, 20]
    yield from range(2)
    yield from "ab"
    r = yield from ()
    print("empty yield from gives", r)
    return "outer-result"


g = outer()
print(list(g))


def wrapper():
    r = yield from outer()
    yield r


print(list(wrapper()))


def flatten(items):
    for x in items:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x


print(list(flatten([1, [2, [3, [4]], 5], [], [[6]]])))


def bad():
    yield from 5


try:
    list(bad())
except TypeError as e:
    print(type(e).__name__, e)

# f(*args, **kwargs) calls of Python functions and methods run in the caller's eval
# loop: deep recursion through them reaches the recursion limit, as in CPython, and
# binding errors, defaults and keyword-only parameters behave as for plain calls.
import sys


def depth(n, **kw):
    if n == 0:
        return kw.get("tag", "none")
    return depth(*[n - 1], **kw)


print(depth(900, tag="deep"), depth(0))
try:
    depth(sys.getrecursionlimit() + 50)
except RecursionError as e:
    print("RecursionError", e)


class Base:
    def __init__(self, a, b=2, *, c=3, **extra):
        self.values = (a, b, c, sorted(extra.items()))


class Child(Base):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("c", 30)
        super().__init__(*args, **kwargs)


print(Child(1).values, Child(1, 5, c=7, z=0).values, Child(*(4,), **{"b": 8}).values)
for bad in [(), (1, 2, 3)]:
    try:
        Child(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    Child(1, **{"a": 2})
except TypeError as e:
    print("TypeError", e)


def wrapper(fn):
    def inner(*args, **kwargs):
        return ("wrapped", fn(*args, **kwargs))
    return inner


@wrapper
def add(x, y=10):
    return x + y


print(add(1), add(1, y=2), add(*[3, 4]), add(**{"x": 5}))
bound = Base.__init__
obj = Base.__new__(Base)
print(bound(obj, *[9], **{"c": 1}), obj.values)


def gen(*args):
    yield from args


print(list(gen(*"abc")), [m(*[2]) for m in (abs, str, lambda v: v * 3)])

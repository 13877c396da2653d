"""Instances called through their class's `__call__`: positional calls the eval loop
runs as frames of their own, next to keywords, defaults, *args, wrong argument counts,
a `__call__` replaced on the class or set on the instance (ignored), recursion, and
errors raised inside."""


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x):
        return x + self.n


add2 = Adder(2)
print([add2(i) for i in range(3)])
print(add2(x=5))


class Chain:
    def __init__(self, inner):
        self.inner = inner

    def __call__(self, request):
        return ["chain"] + self.inner(request)


def leaf(request):
    return [request]


handler = leaf
for _ in range(3):
    handler = Chain(handler)
print(handler("req"))


class Defaults:
    def __call__(self, a, b=10):
        return (a, b)


d = Defaults()
print(d(1), d(1, 2), d(b=3, a=4))


class Star:
    def __call__(self, *args, **kw):
        return (args, kw)


print(Star()(1, 2, k=3))

try:
    add2()
except TypeError as e:
    print("TypeError", e)
try:
    add2(1, 2)
except TypeError as e:
    print("TypeError", e)

vals = []
for i in range(3):
    vals.append(add2(10))
    if i == 0:
        Adder.__call__ = lambda self, x: ("patched", x)
print(vals)

add2.__call__ = lambda x: "instance"
print(add2(1))


class Deep:
    def __call__(self, n):
        return self(n)


try:
    Deep()(1)
except RecursionError as e:
    print("RecursionError", e)


class Boom:
    def __call__(self, x):
        return 1 // x


try:
    Boom()(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


class NotCallable:
    pass


try:
    NotCallable()(1)
except TypeError as e:
    print("TypeError", e)


class ListLike(list):
    def __call__(self, x):
        return len(self) + x


print(ListLike([1, 2])(3))


# One call site calling instances of one class through different special methods.
class Both:
    def __call__(self):
        return "called"

    def __str__(self):
        return "as str"


b = Both()
print([f(b) if f is str else f() for f in (str, b, str, b)])


class Both2:
    def __call__(self, x):
        return "called"

    def __str__(self):
        return "as str"


def site(f, x):
    return f(x)


b2 = Both2()
print([site(str, b2), site(b2, b2), site(str, b2), site(b2, 1)])

# Keyword arguments bound on the value stack, and every way out of that path.

def f(a, b=2, *, c=3, d):
    return (a, b, c, d)

print(f(1, d=4), f(1, 5, d=6, c=7), f(d=0, a=9), f(b=1, a=2, d=3))
for bad in (
    lambda: f(1),
    lambda: f(1, d=2, e=3),
    lambda: f(1, a=2, d=3),
    lambda: f(1, 2, 3, d=4),
    lambda: f(d=1),
    lambda: f(1, d=2, **{"d": 3}),
):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

def g(x, /, y, z=0):
    return (x, y, z)

print(g(1, y=2), g(1, 2, z=3), g(1, z=5, y=4))
try:
    g(x=1, y=2)
except TypeError as e:
    print("TypeError", e)

out = []
for i in range(6):
    out.append(f(i, d=i * 10))
    if i == 1:
        f.__kwdefaults__ = {"c": 100}
    if i == 3:
        f.__defaults__ = (-1,)
    if i == 4:
        f.__kwdefaults__ = {"c": 1, "d": 2}
print(out, f(0))
f.__kwdefaults__ = None
try:
    f(1, d=1)
    f(1)
except TypeError as e:
    print("TypeError", e)

def many(a=0, b=0, c=0, d=0, e=0, f=0, g=0, h=0, i=0, j=0):
    return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i + 10 * j

print(many(j=1, i=1, h=1, g=1, f=1, e=1, d=1, c=1, b=1, a=1), many(1, 1, c=1, j=2))

def with_cell(a, b=1):
    def inner():
        return a + b
    return inner()

print(with_cell(1, b=5), with_cell(a=2))

def varkw(a, **kw):
    return (a, sorted(kw.items()))

def varpos(*args, k=0):
    return (args, k)

print(varkw(1, z=2, y=3), varkw(a=0), varpos(1, 2, k=3), varpos(k=4))

class C:
    def m(self, x, *, scale=1):
        return x * scale

    @classmethod
    def cm(cls, v, tag="t"):
        return (cls.__name__, v, tag)

c = C()
print([c.m(i, scale=2) for i in range(3)], c.m(x=4), C.cm(1, tag="u"), c.cm(v=2))
try:
    c.m(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    c.m(self=1, x=2)
except TypeError as e:
    print("TypeError", e)

def gen(n, *, step=1):
    yield from range(0, n, step)

print(list(gen(10, step=3)))

def deep(n, *, acc=0):
    return acc if n == 0 else deep(n - 1, acc=acc + n)

print(deep(100))
try:
    deep(100000)
except RecursionError as e:
    print("RecursionError", e)

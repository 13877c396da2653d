# Keyword arguments bound by name whether the name is the same object as the
# parameter's (a literal keyword) or only equal text (built at run time), str-subclass
# keys in **mappings, the keys a **kwargs parameter receives, and the binding errors.
class S(str):
    pass


def f(a, **kw):
    return a, kw, [type(k).__name__ for k in kw]


print(f(**{S("a"): 1, S("b"): 2}))
built = "".join(["a", "b", "c"])
print(f(1, **{built: 2}), f(**{"".join(["a"]): 5}))


def g(*args, **kwargs):
    return f(*args, **kwargs)


print(g(1, b=2, c=3), g(a=1), g(*(1,), **{"z": 0}))
for call in (
    lambda: f(**{1: 2}),
    lambda: f(1, **{"a": 2}),
    lambda: f(1, a=2),
    lambda: f(b=1),
    lambda: g(**{1: 2}),
    lambda: f(1, **{S("a"): 2}),
):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


def h(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw


print(h(1, c=3), h(1, 2, 3, 4, c=5, e=6), h(**{"a": 1, "c": 2, "z": 0}))
print(h(1, **{"".join(["c"]): 7, "".join(["d"]): 8}))
for call in (lambda: h(1), lambda: h(1, 2, c=1, a=2), lambda: h(c=1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


def p(a, b, /, c):
    return a, b, c


print(p(1, 2, c=3), p(1, 2, **{"".join(["c"]): 4}))
try:
    p(1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)


def q(a, /, **kw):
    return a, kw


print(q(1, a=2), q(1, **{"".join(["a"]): 3}))


class K:
    def m(self, x, *, y=0, **rest):
        return x, y, rest


print(K().m(1, y=2, z=3), K().m(x=1), K.m(K(), **{"x": 4, "w": 5}))

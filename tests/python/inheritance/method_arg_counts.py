class A:
    def f(self):
        pass

    def g(self, x, y=1, *, z):
        pass

    def h(self, *args):
        return args


class B(A):
    def f(self, extra):
        pass


a, b = A(), B()
cases = [
    ("a.f(1)", lambda: a.f(1)),
    ("b.f()", lambda: b.f()),
    ("b.f(1, 2)", lambda: b.f(1, 2)),
    ("A.f(b, 1)", lambda: A.f(b, 1)),
    ("a.g(1)", lambda: a.g(1)),
    ("a.g(1, 2, 3, z=1)", lambda: a.g(1, 2, 3, z=1)),
    ("a.g(z=1)", lambda: a.g(z=1)),
    ("a.h(1, 2)", lambda: a.h(1, 2)),
    ("a.h(k=1)", lambda: a.h(k=1)),
    ("super().f", lambda: super(B, b).f(1)),
]
for text, fn in cases:
    try:
        print(text, "=", fn())
    except TypeError as e:
        print(text, "->", e)

class A:
    def f(self):
        return "f"

    def g(self, a, b=2):
        return a + b

    @classmethod
    def c(cls, x):
        return x

    @staticmethod
    def s(x, y):
        return x * y

    def nos():
        return "no self"


a = A()
cases = [
    ("a.f(1)", lambda: a.f(1)),
    ("A.f()", lambda: A.f()),
    ("a.g()", lambda: a.g()),
    ("a.g(1, 2, 3)", lambda: a.g(1, 2, 3)),
    ("a.g(1, c=3)", lambda: a.g(1, c=3)),
    ("a.g(1, a=3)", lambda: a.g(1, a=3)),
    ("A.c()", lambda: A.c()),
    ("a.c(1, 2)", lambda: a.c(1, 2)),
    ("A.s(1)", lambda: A.s(1)),
    ("a.s(1, 2, 3)", lambda: a.s(1, 2, 3)),
    ("a.nos()", lambda: a.nos()),
    ("A.nos()", lambda: A.nos()),
    ("a.f(self=a)", lambda: A.f(self=a)),
]
for text, fn in cases:
    try:
        print(text, "=", fn())
    except TypeError as e:
        print(text, "->", e)

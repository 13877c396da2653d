class A:
    def __init__(self, x):
        self.x = x


class B:
    def __init__(self):
        return 5


class C:
    pass


cases = [
    ("A()", lambda: A()),
    ("A(1, 2)", lambda: A(1, 2)),
    ("A(y=1)", lambda: A(y=1)),
    ("B()", lambda: B()),
    ("C(1)", lambda: C(1)),
    ("C(a=1)", lambda: C(a=1)),
    ("object(1)", lambda: object(1)),
]
for text, fn in cases:
    try:
        fn()
        print(text, "ok")
    except TypeError as e:
        print(text, "->", type(e).__name__, e)

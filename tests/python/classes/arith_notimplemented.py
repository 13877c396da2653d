class A:
    def __add__(self, o):
        print("A.__add__")
        return NotImplemented


class B:
    def __radd__(self, o):
        print("B.__radd__")
        return NotImplemented


class C:
    pass


cases = [
    ("A() + B()", lambda: A() + B()),
    ("A() + 1", lambda: A() + 1),
    ("1 + C()", lambda: 1 + C()),
    ("C() - C()", lambda: C() - C()),
    ("C() * 'x'", lambda: C() * "x"),
    ("C() @ C()", lambda: C() @ C()),
    ("C() ** 2", lambda: C() ** 2),
    ("pow(C(), 2, 3)", lambda: pow(C(), 2, 3)),
    ("divmod(C(), 1)", lambda: divmod(C(), 1)),
    ("C() << 1", lambda: C() << 1),
    ("C() & None", lambda: C() & None),
    ("-C()", lambda: -C()),
    ("+C()", lambda: +C()),
    ("~C()", lambda: ~C()),
    ("abs(C())", lambda: abs(C())),
]
for text, fn in cases:
    try:
        fn()
    except TypeError as e:
        print(text, "->", e)
x = C()
try:
    x += 1
except TypeError as e:
    print("x += 1 ->", e)
try:
    x //= C()
except TypeError as e:
    print("x //= C() ->", e)

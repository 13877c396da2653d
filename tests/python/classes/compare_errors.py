class A:
    pass


class B:
    def __lt__(self, other):
        return NotImplemented


cases = [
    ("A() < A()", lambda: A() < A()),
    ("A() <= 1", lambda: A() <= 1),
    ("1 > A()", lambda: 1 > A()),
    ("A() >= 'x'", lambda: A() >= "x"),
    ("B() < B()", lambda: B() < B()),
    ("sorted", lambda: sorted([A(), A()])),
    ("max", lambda: max(B(), B())),
]
for text, fn in cases:
    try:
        fn()
    except TypeError as e:
        print(text, "->", e)
print(A() == A(), A() != 1, None == A())

class A:
    def __init__(self, x):
        super().__init__()
        self.x = x


class B:
    def __init__(self, x):
        super().__init__(x)


class C:
    def __new__(cls, *args):
        return super().__new__(cls, *args)


print(A(1).x)
for make in (lambda: B(1), lambda: C(1), lambda: object.__init__(A(1), 5)):
    try:
        make()
    except TypeError as e:
        print(type(e).__name__, e)


class D:
    def __new__(cls, *args):
        return super().__new__(cls)

    def __init__(self, *args):
        self.args = args


print(D(1, 2).args)
o = object()
print(type(o).__name__, o == o, o != object(), hasattr(o, "__dict__"))
print(object.__eq__(o, o), object.__eq__(o, 1), object.__ne__(o, 1))
print(A.__init__ is not object.__init__, D.__str__ is object.__str__)

class A:
    def who(self):
        return "A"

    def only_a(self):
        return "only A"


class B(A):
    def who(self):
        return "B>" + super().who()


class C(A):
    def who(self):
        return "C>" + super().who()

    def only_c(self):
        return "only C"


class D(B, C):
    def who(self):
        return "D>" + super().who()


d = D()
print(d.who(), d.only_a(), d.only_c())
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()], type(D.mro()).__name__, type(D.__mro__).__name__)
print(B().who(), C().who())


class Left:
    x = "left"


class Right:
    x = "right"
    y = "right y"


class Both(Left, Right):
    pass


class Both2(Right, Left):
    pass


print(Both.x, Both.y, Both2.x, [k.__name__ for k in Both2.__mro__])
print(isinstance(Both(), Left), isinstance(Both(), Right), issubclass(Both, (int, Right)))

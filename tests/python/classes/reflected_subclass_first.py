class Base:
    def __init__(self, name):
        self.name = name

    def __add__(self, o):
        return f"Base.__add__({self.name}, {o.name})"

    def __radd__(self, o):
        return f"Base.__radd__({self.name}, {o.name})"

    def __mul__(self, o):
        return f"Base.__mul__({self.name}, {o.name})"

    def __rmul__(self, o):
        return f"Base.__rmul__({self.name}, {o.name})"


class Derived(Base):
    def __radd__(self, o):
        return f"Derived.__radd__({self.name}, {o.name})"


class Other:
    def __init__(self, name):
        self.name = name


b, d = Base("b"), Derived("d")
print(b + d)
print(d + b)
print(b * d)
print(b + b)


class MyInt(int):
    def __radd__(self, o):
        return "MyInt.__radd__"

    def __rsub__(self, o):
        return "MyInt.__rsub__"


print(1 + MyInt(2), 5 - MyInt(1), MyInt(2) + 1, MyInt(3) * 2)


class F(float):
    def __rtruediv__(self, o):
        return "F.__rtruediv__"


print(1 / F(2.0), 1.0 / F(2.0))

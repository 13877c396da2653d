class Circle:
    def __init__(self, r):
        self._r = r

    @property
    def radius(self):
        """The radius."""
        print("get radius")
        return self._r

    @radius.setter
    def radius(self, value):
        print("set radius", value)
        if value < 0:
            raise ValueError("negative radius")
        self._r = value

    @radius.deleter
    def radius(self):
        print("del radius")
        self._r = 0

    @property
    def area(self):
        return 3 * self._r ** 2


c = Circle(2)
print(c.radius, c.area)
c.radius = 5
print(c.area)
try:
    c.radius = -1
except ValueError as e:
    print(type(e).__name__, e)
del c.radius
print(c._r)
print(type(Circle.radius).__name__, Circle.radius.__doc__)
print(Circle.radius.fget.__name__, Circle.area.fset, Circle.area.fdel)


def getx(self):
    return "x!"


class P:
    x = property(getx, doc="doc of x")


print(P().x, P.x.__doc__)

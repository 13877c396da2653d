from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(11, y=22)
print(p, p.x + p.y, p[0], tuple(p), len(p), p == (11, 22), isinstance(p, tuple))
x, y = p
print(x, y, p._asdict(), p._replace(x=1), Point._make([5, 6]), p.__getnewargs__())
print(Point._fields, Point.__name__, Point.__qualname__, Point.__doc__, Point.__module__)
print(Point.x.__doc__, Point.__new__.__doc__, Point._make.__doc__)
print(Point.__match_args__, Point.__slots__, hash(p) == hash((11, 22)))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    p.z = 5
except AttributeError as e:
    print("AttributeError", type(e).__name__)

P3 = namedtuple("P3", "a, b c", defaults=[2, 3])
print(P3(1), P3(1, 5), P3._field_defaults, P3.__new__.__defaults__)
print(namedtuple("E", "")(), namedtuple("One", "a")(1), namedtuple("T", ("a",), module="mymod").__module__)
R = namedtuple("R", "abc def ghi abc _x", rename=True)
print(R._fields)


class Sub(Point):
    __slots__ = ()

    @property
    def hypot(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __str__(self):
        return "Sub(%g, %g)" % self


s = Sub(3, 4)
print(s, repr(s), s.hypot, s._replace(x=0), type(s._replace(x=0)).__name__)
print(sorted([Point(2, 1), Point(1, 2), Point(1, 1)]), max(Point(1, 9), Point(2, 0)))
print({Point(1, 2): "a"}[(1, 2)], Point(1, 2) + (3,), Point(1, 2) * 2)
print("%s and %s" % Point("a", "b"), "{0.x}-{0.y}".format(p), "{}".format(p))
for bad in [("a", "b", "a"), ("a", "for"), ("a", "2b"), ("_a",)]:
    try:
        namedtuple("Bad", bad)
    except ValueError as e:
        print("ValueError", e)
try:
    namedtuple("Bad", "a b", defaults=[1, 2, 3])
except TypeError as e:
    print("TypeError", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
try:
    Point(1, 2, z=3)
except TypeError as e:
    print("TypeError", e)
try:
    Point._make([1, 2, 3])
except TypeError as e:
    print("TypeError", e)
try:
    p._replace(z=3)
except ValueError as e:
    print("ValueError", e)

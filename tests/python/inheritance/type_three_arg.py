def init(self, x):
    self.x = x


Point = type("Point", (), {"__init__": init, "dims": 2, "norm": lambda self: abs(self.x)})
p = Point(-3)
print(Point.__name__, Point.__qualname__, Point.__module__, p.x, p.norm(), p.dims)
print(Point.__bases__, type(Point), isinstance(p, Point))
Sub = type("Sub", (Point,), {"extra": True})
s = Sub(4)
print([c.__name__ for c in Sub.__mro__], s.norm(), s.extra, issubclass(Sub, Point))
print(type(5) is int, type("s").__name__, type(type).__name__)
Empty = type("Empty", (), {})
print(Empty.__bases__, Empty().__class__.__name__, repr(Empty))
try:
    type("Bad", 5, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("Bad", (), 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("X", (5,), {})
except TypeError as e:
    print(type(e).__name__, e)

# Assigning a class's __name__ and __qualname__: which displays follow which name.
class Point:
    pass


class Sub(Point):
    pass


p = Point()
Point.__name__ = "Renamed"
print(Point.__name__, Point.__qualname__)
print(repr(Point), repr(p).split(" object")[0])
print(type(p).__name__, Sub.__bases__[0].__name__, Sub.__mro__[1].__name__)
try:
    p.missing
except AttributeError as e:
    print("AttributeError", e)
try:
    p + 1
except TypeError as e:
    print("TypeError", e)
try:
    len(p)
except TypeError as e:
    print("TypeError", e)

Point.__qualname__ = "Outer.Point"
print(repr(Point), repr(p).split(" object")[0], Point.__name__)

for value in [5, None, b"bytes"]:
    for attr in ["__name__", "__qualname__"]:
        try:
            setattr(Point, attr, value)
        except TypeError as e:
            print("TypeError", e)
try:
    Point.__name__ = "bad\0name"
except ValueError as e:
    print("ValueError", e)
for attr in ["__name__", "__qualname__"]:
    try:
        delattr(Point, attr)
    except TypeError as e:
        print("TypeError", e)
try:
    int.__name__ = "integer"
except TypeError as e:
    print("TypeError", e)
print(int.__name__, Point.__name__, Point.__qualname__)


class S(str):
    pass


Point.__name__ = S("FromSubclass")
print(Point.__name__, Point.__name__ == "FromSubclass")

# a class made by type() can be renamed too, and the new name shows in errors
Dyn = type("Dyn", (), {})
Dyn.__name__ = "Dynamic"
try:
    Dyn()()
except TypeError as e:
    print("TypeError", e)
print(Dyn.__name__, Dyn.__qualname__)

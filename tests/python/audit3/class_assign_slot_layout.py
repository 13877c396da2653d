class Sl:
    __slots__ = ("a",)
class Sl2:
    __slots__ = ("b",)
o = Sl()
try:
    o.__class__ = Sl2
    print("assigned", type(o).__name__)
except TypeError as e:
    print("TypeError", e)

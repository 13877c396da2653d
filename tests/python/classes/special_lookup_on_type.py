class A:
    def __len__(self):
        return 1

    def __repr__(self):
        return "A-repr"


a = A()
a.__len__ = lambda: 99
a.__repr__ = lambda: "instance repr"
print(len(a), repr(a), a.__len__(), a.__repr__())
a.__add__ = lambda other: "instance add"
try:
    a + 1
except TypeError as e:
    print(type(e).__name__, e)
A.__add__ = lambda self, other: ("class add", other)
print(a + 1)
A.__len__ = lambda self: 5
print(len(a))
del A.__len__
try:
    len(a)
except TypeError as e:
    print(type(e).__name__, e)


class B:
    pass


b = B()
B.__eq__ = lambda self, other: True
print(b == 1, b != 1)
B.__bool__ = lambda self: False
print(bool(b), "yes" if b else "no")
B.__iter__ = lambda self: iter("hi")
print(list(b))
B.__call__ = lambda self, x: x * 2
print(b(21))

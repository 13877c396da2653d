try:
    class A:
        __slots__ = ("x",)
        x = 5
except ValueError as e:
    print(type(e).__name__, e)


class B:
    __slots__ = ("a", "__dict__")


b = B()
b.a = 1
b.other = 2
print(b.a, b.__dict__)


class C:
    __slots__ = ()


try:
    C().anything = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    class D:
        __slots__ = (1,)
except TypeError as e:
    print(type(e).__name__, e)

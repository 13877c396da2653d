# Checks `C.__bases__ = (...)` against CPython's instance-layout rules: a new base
# whose instances are laid out differently from the old one (object vs a class defined
# in Python, different __slots__, __dict__ or not, builtin bases such as int, list,
# dict and Exception vs each other or vs plain classes) is refused with CPython's exact
# TypeError; a base laid out alike is accepted, and the MRO and attribute look-up
# follow it. Also the checks that come before the layout: cycles, bases that cannot be
# subclassed, bases whose layouts conflict with each other.


def assign(cls, *bases):
    names = ", ".join(b.__name__ for b in bases)
    try:
        cls.__bases__ = bases
    except TypeError as e:
        print(f"{cls.__name__}.__bases__ = ({names})  ->", type(e).__name__, e)
    else:
        print(f"{cls.__name__}.__bases__ = ({names})  -> ok;",
              "mro:", [k.__name__ for k in cls.__mro__], "base:", cls.__base__.__name__)


print("-- object and classes defined in Python")


class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"

    def only_b(self):
        return "b"


class OnObject:
    pass


class OnA(A):
    pass


assign(OnObject, A)
assign(OnA, object)
assign(OnA, B)
o = OnA()
print(o.who(), o.only_b(), isinstance(o, B), isinstance(o, A), issubclass(OnA, B))
assign(OnA, A, B)
print(o.who(), o.only_b())
assign(OnA, B, A)
print(o.who())
assign(OnA, A)
print(o.who(), hasattr(o, "only_b"))


class Deeper(OnA):
    pass


assign(Deeper, B)
assign(Deeper, object)

print("-- __slots__")


class SlotX:
    __slots__ = ("x",)


class SlotX2:
    __slots__ = ("x",)

    def show(self):
        return f"x={self.x}"


class SlotY:
    __slots__ = ("y",)


class SlotXY:
    __slots__ = ("x", "y")


class SlotYX:
    __slots__ = ("y", "x")


class Empty:
    __slots__ = ()


class Empty2:
    __slots__ = ()


class OnSlotX(SlotX):
    pass


s = OnSlotX()
s.x = 5
assign(OnSlotX, SlotX2)
print(s.show(), s.x, type(s).__mro__[1].__name__)
assign(OnSlotX, SlotY)
assign(OnSlotX, SlotXY)
assign(OnSlotX, A)
assign(OnSlotX, object)


class OnSlotXY(SlotXY):
    pass


assign(OnSlotXY, SlotYX)
assign(OnSlotXY, SlotX)


class OnEmpty(Empty):
    pass


assign(OnEmpty, Empty2)
assign(OnEmpty, object)
assign(OnEmpty, A)
assign(OnEmpty, SlotX)

print("-- __dict__ and __weakref__ slots")


class WithDict:
    __slots__ = ("__dict__",)


class WithDict2:
    __slots__ = ("__dict__",)


class WithWeak:
    __slots__ = ("__weakref__",)


class WithWeak2:
    __slots__ = ("__weakref__",)


class XWeak:
    __slots__ = ("x", "__weakref__")


class XWeak2:
    __slots__ = ("x", "__weakref__")


class XDict:
    __slots__ = ("x", "__dict__")


class XDict2:
    __slots__ = ("x", "__dict__")


for first, second in [(WithDict, WithDict2), (WithDict, A), (WithDict, Empty),
                      (WithWeak, WithWeak2), (WithWeak, A), (WithWeak, WithDict),
                      (XWeak, XWeak2), (XDict, XDict2), (XDict, SlotX), (XDict, A)]:
    cls = type("On" + first.__name__, (first,), {})
    assign(cls, second)

print("-- builtin bases")


class MyList(list):
    pass


class MyList2(list):
    def total(self):
        return sum(self)


class SlotList(list):
    __slots__ = ()


class OnMyList(MyList):
    pass


lst = OnMyList([1, 2, 3])
assign(OnMyList, MyList2)
print(lst.total(), len(lst), lst)
assign(OnMyList, list)
assign(OnMyList, A)
assign(OnMyList, dict)


class OnList(list):
    pass


assign(OnList, MyList)
assign(OnList, dict)
assign(OnList, object)
assign(OnList, A)
assign(OnList, tuple)


class OnSlotList(SlotList):
    pass


assign(OnSlotList, list)
print(OnSlotList([4, 5]), OnSlotList.__mro__[1].__name__)


class MyInt(int):
    pass


class OnInt(int):
    pass


assign(OnInt, MyInt)
assign(OnInt, float)
assign(OnInt, object)
assign(OnInt, A)
assign(OnInt, str)
assign(OnInt, bool)


class OnMyInt(MyInt):
    pass


assign(OnMyInt, int)


class MyDict(dict):
    pass


class OnDict(dict):
    pass


assign(OnDict, list)
assign(OnDict, A)
assign(OnDict, MyDict)
assign(OnDict, object)

print("-- exceptions")


class MyError(Exception):
    pass


class OnException(Exception):
    pass


assign(OnException, MyError)
assign(OnException, ValueError)
try:
    raise OnException("boom")
except ValueError as e:
    print("caught as ValueError:", repr(e), e.args)
assign(OnException, KeyError)
assign(OnException, OSError)
assign(OnException, object)
assign(OnException, A)
assign(OnException, BaseException)
assign(OnException, Exception)


class OnMyError(MyError):
    pass


assign(OnMyError, Exception)


class OtherError(Exception):
    pass


assign(OnMyError, OtherError)
print(issubclass(OnMyError, OtherError), issubclass(OnMyError, MyError))


class MyOSError(OSError):
    pass


class OnOSError(OSError):
    pass


assign(OnOSError, FileNotFoundError)
assign(OnOSError, ValueError)
assign(OnOSError, MyOSError)

print("-- checks before the layout")


class Mixed(A, B):
    pass


assign(Mixed, B, A)
print(Mixed().who())
assign(Mixed, A, list)
assign(Mixed, list, A)
assign(Mixed, int, str)
assign(Mixed, bool)
assign(Mixed, SlotX, SlotY)
assign(B, Deeper)
assign(OnA, OnA)
assign(Deeper, Deeper, A)

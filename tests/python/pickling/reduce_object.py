# object.__reduce_ex__ / __reduce__ / __getstate__ as CPython 3.11 gives them.
import copyreg


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    if isinstance(r, tuple):
        parts = []
        for x in r:
            if hasattr(x, "__next__"):
                parts.append("iter:" + repr(list(x)))
            elif callable(x) and hasattr(x, "__name__"):
                parts.append("fn:" + x.__name__)
            else:
                parts.append(repr(x))
        print(label, "->", "(" + ", ".join(parts) + ")")
    else:
        print(label, "->", repr(r))


class Plain:
    pass


class WithAttrs:
    def __init__(self):
        self.a = 1
        self.b = [2]

    def __repr__(self):
        return "WithAttrs(%r, %r)" % (self.a, self.b)


class Slotted:
    __slots__ = ("x", "__y")

    def __init__(self):
        self.x = 1
        self.__y = 2


class SlotsAndDict:
    __slots__ = ("x", "__dict__")


class Args:
    def __init__(self, v):
        self.v = v

    def __getnewargs__(self):
        return (self.v,)


class ArgsEx:
    def __new__(cls, a, *, b):
        o = super().__new__(cls)
        return o

    def __init__(self, a, *, b):
        self.a, self.b = a, b

    def __getnewargs_ex__(self):
        return ((self.a,), {"b": self.b})


class ArgsExNoKw:
    def __getnewargs_ex__(self):
        return ((1, 2), {})


class BadNewArgs:
    def __getnewargs__(self):
        return [1]


class BadNewArgsEx:
    def __getnewargs_ex__(self):
        return (1, 2, 3)


class BadNewArgsEx2:
    def __getnewargs_ex__(self):
        return ([1], {})


class BadNewArgsEx3:
    def __getnewargs_ex__(self):
        return ((1,), [])


class OwnState:
    def __getstate__(self):
        return {"own": True}


class OwnReduce:
    def __reduce__(self):
        return (OwnReduce, ())


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyTuple(tuple):
    pass


for proto in (0, 1, 2, 3, 4, 5):
    print("proto", proto)
    show(" Plain", lambda: Plain().__reduce_ex__(proto))
    w = WithAttrs()
    show(" WithAttrs", lambda: w.__reduce_ex__(proto))
    show(" Slotted", lambda: Slotted().__reduce_ex__(proto))
    s = SlotsAndDict()
    s.x = 5
    s.z = 6
    show(" SlotsAndDict", lambda: s.__reduce_ex__(proto))
    show(" Args", lambda: Args(7).__reduce_ex__(proto))
    show(" ArgsEx", lambda: ArgsEx(1, b=2).__reduce_ex__(proto))
    show(" ArgsExNoKw", lambda: ArgsExNoKw().__reduce_ex__(proto))
    show(" OwnState", lambda: OwnState().__reduce_ex__(proto))
    show(" OwnReduce", lambda: OwnReduce().__reduce_ex__(proto))
    m = MyList([1, 2])
    m.tag = "t"
    show(" MyList", lambda: m.__reduce_ex__(proto))
    show(" MyDict", lambda: MyDict(a=1).__reduce_ex__(proto))
    show(" MyInt", lambda: MyInt(5).__reduce_ex__(proto))
    show(" MyStr", lambda: MyStr("s").__reduce_ex__(proto))
    show(" MyTuple", lambda: MyTuple((1, 2)).__reduce_ex__(proto))
    show(" list", lambda: [1, 2].__reduce_ex__(proto))
    show(" dict", lambda: {"k": 1}.__reduce_ex__(proto))
    show(" int", lambda: (5).__reduce_ex__(proto))
    show(" object", lambda: object().__reduce_ex__(proto))

print("errors")
for cls in (BadNewArgs, BadNewArgsEx, BadNewArgsEx2, BadNewArgsEx3):
    show(" " + cls.__name__, lambda: cls().__reduce_ex__(2))
show(" gen", lambda: (x for x in ()).__reduce_ex__(2))
show(" gen0", lambda: (x for x in ()).__reduce_ex__(0))
show(" func", lambda: show.__reduce_ex__(2))
show(" noarg", lambda: Plain().__reduce_ex__())
show(" strarg", lambda: Plain().__reduce_ex__("2"))
show(" reduce", lambda: Plain().__reduce__())
show(" reduce w", lambda: WithAttrs().__reduce__())
show(" reduce slotted", lambda: Slotted().__reduce__())
show(" reduce myint", lambda: MyInt(3).__reduce__())

print("getstate")
print(Plain().__getstate__())
print(WithAttrs().__getstate__())
print(Slotted().__getstate__())
e = Slotted()
del e.x
print(e.__getstate__())
print(s.__getstate__())
print(object().__getstate__())
print(MyList().__getstate__())
print(OwnState().__getstate__())
print("slotnames" , Slotted.__dict__.get("__slotnames__"))
print(copyreg._slotnames(Slotted), Slotted.__dict__.get("__slotnames__"))
print(copyreg._slotnames(Plain))

print("overrides")
print(object.__reduce_ex__ is object.__dict__["__reduce_ex__"])
print(int.__reduce__ is object.__reduce__, MyList.__reduce_ex__ is object.__reduce_ex__)
print(type(object.__reduce_ex__).__name__, object.__reduce_ex__.__name__)
print(object.__getstate__.__qualname__, object.__reduce__.__qualname__)

print("rebuild")
for proto in (0, 2, 4):
    w = WithAttrs()
    r = w.__reduce_ex__(proto)
    y = r[0](*r[1])
    if len(r) > 2 and r[2]:
        y.__dict__.update(r[2])
    print(proto, type(y).__name__, y)
    m = MyInt(9)
    r = m.__reduce_ex__(proto)
    y = r[0](*r[1])
    print(proto, type(y).__name__, y)

# The reductions of builtin types: __getnewargs__, set/frozenset/range/slice/bytearray
# __reduce__, BaseException.__reduce__/__setstate__.
print((1 + 2j).__getnewargs__(), (5).__getnewargs__(), True.__getnewargs__())
print("x".__getnewargs__(), b"x".__getnewargs__(), (1,).__getnewargs__(), (2.5).__getnewargs__())


class MyI(int):
    pass


class MyS(str):
    pass


print(MyI(3).__getnewargs__(), type(MyI(3).__getnewargs__()[0]).__name__)
print(MyS("q").__getnewargs__(), type(MyS("q").__getnewargs__()[0]).__name__)
print({1, 2}.__reduce__(), frozenset().__reduce__())


class S(set):
    __slots__ = ("q",)


s = S([1])
s.q = 3
print(s.__reduce__(), s.__reduce_ex__(2))


class FS(frozenset):
    pass


f = FS([4])
f.a = 1
print(f.__reduce__())
print(range(1, 5, 2).__reduce__(), range(3).__reduce__(), slice(1, None).__reduce__())
b = bytearray(b"ab")
print(b.__reduce__(), b.__reduce_ex__(2), b.__reduce_ex__(3), b.__reduce_ex__())
print(bytearray().__reduce_ex__(2), bytearray().__reduce_ex__(4), bytearray().__reduce__())


class B(bytearray):
    pass


x = B(b"\xff")
x.t = 1
print(x.__reduce_ex__(1), x.__reduce_ex__(4))
e = ValueError(1, 2)
print(e.__reduce__())
e.x = 5
print(e.__reduce__())
print(e.__setstate__({"y": 1}), e.y, e.__setstate__(None))
for bad in (5, [("a", 1)]):
    try:
        e.__setstate__(bad)
    except TypeError as ex:
        print("TypeError", ex)
print(KeyError().__reduce__(), StopIteration(3).__reduce__())


class MyErr(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b


r = MyErr(1, 2).__reduce__()
print(r)
try:
    r[0](*r[1])
except TypeError as ex:
    print("TypeError", ex)
print(len.__reduce__(), [].append.__reduce__()[1])
for v in (1, 2.5, "s", b"b", (1,), 1j, range(2), slice(3), {1}, frozenset({2}), bytearray(b"z"), ValueError("v")):
    r = v.__reduce_ex__(2)
    print(type(v).__name__, r[0].__name__, r[1:])
for v in ([1], {"a": 1}, 3, "s"):
    try:
        v.__reduce_ex__(1)
    except TypeError as ex:
        print("TypeError", ex)
for name in ("__reduce__", "__reduce_ex__", "__getstate__"):
    print(name, name in object.__dict__, name in dir(object()))
print("__getnewargs__" in int.__dict__, "__reduce__" in set.__dict__, "__setstate__" in BaseException.__dict__)

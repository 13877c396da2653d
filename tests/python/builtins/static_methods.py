# The static methods of builtin types (str, bytes and bytearray's maketrans) are
# staticmethod objects in the types' dicts, as in CPython; through the class or an
# instance they are builtin functions.
class S(str):
    pass


class B(bytes):
    pass


class BA(bytearray):
    pass


for t, inst in ((str, "x"), (bytes, b"x"), (bytearray, bytearray(b"x")), (S, S("x")),
                (B, B(b"x")), (BA, BA())):
    raw = t.__dict__.get("maketrans") or vars(t.__mro__[1])["maketrans"]
    f = t.maketrans
    print(t.__name__, type(raw).__name__, repr(raw).split(" at ")[0], isinstance(raw, staticmethod))
    print("   ", type(f).__name__, repr(f).split(" at ")[0], f.__name__, f.__qualname__,
          f.__self__, f.__module__, f.__text_signature__ if False else "")
    print("   ", raw.__func__ is f, raw.__wrapped__ is f, f is inst.maketrans, f == inst.maketrans,
          raw.__get__(None, t) is f, raw.__get__(inst) is f, raw.__isabstractmethod__)
    print("   ", repr(raw.__doc__)[:50], repr(f.__doc__)[:60])
    for a in ("__name__", "__qualname__", "__module__"):
        try:
            print("   ", a, getattr(raw, a))
        except AttributeError as e:
            print("    AttributeError:", e)
    print("   ", callable(raw), "maketrans" in dir(t), "maketrans" in vars(t))

# A staticmethod made from one copies its names.
sm = staticmethod(str.maketrans)
print(sm.__name__, sm.__qualname__, sm.__func__ is str.maketrans, sm.__doc__ == str.maketrans.__doc__)

# str.maketrans
class D(dict):
    pass


for args in (
    ("ab", "cd"), ("ab", "cd", "e"), ({"a": "b", 98: None, True: 1},), ("", "", "xy"),
    (S("a"), S("b"), S("c")), ({S("x"): 1},), ({2 ** 70: 1},),
    (), (1, "a"), ("a", 1), ("a", "b", 1), ("ab", "c"), ({"ab": 1},), ({1.5: 1},), (D(a=1),),
    ([],), (1, 2, 3, 4),
):
    try:
        print(args, str.maketrans(*args))
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
try:
    str.maketrans(x=1)
except TypeError as e:
    print("TypeError:", e)
print("hello".translate(str.maketrans("lo", "01", "h")), "abc".translate("".maketrans({"a": "xy"})))

# bytes.maketrans and bytearray.maketrans make bytes
for t in (bytes, bytearray, B):
    table = t.maketrans(b"ab", bytearray(b"xy"))
    print(t.__name__, type(table).__name__, len(table), table[95:100], table[:3], table[-2:])
    print("   ", b"abc".translate(table), bytearray(b"cab").translate(table))
    for args in ((b"a",), ("a", "b"), (b"ab", b"c"), (b"a", 1), (b"a", b"b", b"c"), (BA(b"q"), B(b"r"))):
        try:
            print("   ", args, t.maketrans(*args)[113:115])
        except (TypeError, ValueError) as e:
            print("   ", args, type(e).__name__, e)
    try:
        t.maketrans(frm=b"a", to=b"b")
    except TypeError as e:
        print("    TypeError:", e)
print(bytes.maketrans(b"", b"") == bytes(range(256)), b"x".maketrans(b"x", b"y")[120])

# bytes.translate and bytearray.translate
class BT(bytes):
    pass


for data in (b"abcabc", bytearray(b"abcabc"), BT(b"abcabc")):
    table = bytes.maketrans(b"abc", b"ABC")
    print(type(data).__name__, data.translate(table), data.translate(None), data.translate(None, b"b"),
          data.translate(table, delete=b"a"), type(data.translate(None)).__name__,
          bytes.translate(data, table) if not isinstance(data, bytearray) else "")
    for call in (
        lambda: data.translate(b"x"),
        lambda: data.translate("x" * 256),
        lambda: data.translate(),
        lambda: data.translate(None, "a"),
        lambda: data.translate(None, b"a", b"b"),
        lambda: data.translate(table=None),
        lambda: data.translate(1),
        lambda: data.translate(None, dele=b""),
    ):
        try:
            print("   ", call())
        except (TypeError, ValueError) as e:
            print("   ", type(e).__name__, e)

# The reprs of staticmethod and classmethod objects show what they wrap.
class SM(staticmethod):
    pass


class CM(classmethod):
    pass


def f():
    pass


print(repr(staticmethod(len)), repr(classmethod(len)), repr(SM(len)), repr(CM(abs)))
print(repr(staticmethod(f)).split(" at ")[0], repr(classmethod(f)).split(" at ")[0])
print(repr(staticmethod(1)), repr(classmethod("x")))

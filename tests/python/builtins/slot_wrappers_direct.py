# The special methods of builtin types called directly (int.__add__(1, 2)): each is its
# type's own slot, checks its self, and gives NotImplemented for an operand it does not
# take, or the sequence's own error.


def t(f):
    try:
        r = f()
        print(repr(r)[:40] if not isinstance(r, str) or "object at" not in r else r[:14])
    except Exception as e:
        print(type(e).__name__, e)


class MyInt(int):
    def __repr__(self):
        return "MyInt!"


class S(str):
    pass


class L(list):
    pass


class X:
    def __radd__(self, o):
        return "radd"

    def __rmul__(self, o):
        return "rmul"


class S2(str):
    def __add__(self, o):
        return "S2:" + super().__add__(o)


for f in [
    lambda: int.__repr__(True), lambda: int.__repr__(MyInt(5)), lambda: object.__repr__(5),
    lambda: object.__repr__(), lambda: object.__str__(), lambda: int.__eq__(1, 1.0),
    lambda: int.__eq__(1, 1), lambda: int.__ne__(1, "a"), lambda: float.__eq__(1.0, 1),
    lambda: float.__lt__(1.0, 2), lambda: int.__lt__(1, 2.0), lambda: str.__eq__("a", 1),
    lambda: dict.__lt__({}, {}), lambda: complex.__lt__(1j, 1j), lambda: complex.__eq__(1j, 1j),
    lambda: range.__eq__(range(2), range(0, 2)), lambda: int.__add__("a", 1),
    lambda: int.__add__(1, "a"), lambda: int.__add__(True, True), lambda: bool.__and__(True, 1),
    lambda: bool.__and__(True, False), lambda: int.__sub__(True, True), lambda: int.__add__(),
    lambda: int.__add__(1), lambda: int.__neg__(1, 2), lambda: int.__neg__(True),
    lambda: float.__neg__(1), lambda: list.__add__([1], (1,)), lambda: list.__add__([1], [2]),
    lambda: str.__add__("a", 1), lambda: str.__add__("a", X()), lambda: tuple.__add__((1,), [2]),
    lambda: bytes.__add__(b"a", bytearray(b"b")), lambda: bytes.__add__(b"a", 1),
    lambda: bytearray.__add__(bytearray(b"a"), "b"), lambda: str.__mul__("a", 3),
    lambda: str.__mul__("a", "b"), lambda: str.__rmul__("ab", 2), lambda: list.__mul__([1], 2.0),
    lambda: str.__mod__("%s", 1), lambda: str.__rmod__("%s", 1), lambda: str.__rmod__("x", "%s!"),
    lambda: int.__pow__(2, 3, 5), lambda: int.__pow__(2, 3), lambda: int.__rpow__(3, 2),
    lambda: float.__pow__(2.0, 2), lambda: int.__truediv__(1, 0), lambda: int.__floordiv__(7, 2.0),
    lambda: float.__floordiv__(7.0, 2), lambda: list.__iadd__([1], (2,)),
    lambda: list.__iadd__([1], "ab"), lambda: list.__imul__([1, 2], 2),
    lambda: set.__ior__({1}, {2}), lambda: set.__ior__({1}, [2]), lambda: set.__or__(1, set()),
    lambda: set.__or__(set(), 1), lambda: frozenset.__or__(frozenset({1}), {2}),
    lambda: dict.__or__({1: 2}, {3: 4}), lambda: dict.__or__({}, 1), lambda: dict.__ior__({1: 2}, {1: 3}),
    lambda: bytearray.__iadd__(bytearray(b"a"), b"b"), lambda: int.__hash__(5),
    lambda: int.__bool__(0), lambda: int.__format__(5, "03"), lambda: float.__repr__(1),
    lambda: complex.__add__(1j, 1), lambda: float.__int__(2.5), lambda: int.__float__(3),
    lambda: int.__and__(1, 1.0), lambda: tuple.__hash__((1,)) == hash((1,)),
    lambda: range.__bool__(range(0)), lambda: type(None).__bool__(None),
    lambda: int.__add__(MyInt(2), 3), lambda: str.__add__(S("a"), "b"),
    lambda: S("a") + X(), lambda: L([1]) + X(), lambda: S("a") * X(), lambda: S2("a") + "b",
    lambda: S2("a") + X(), lambda: hasattr(float, "__or__"), lambda: hasattr(complex, "__mod__"),
    lambda: hasattr(str, "__radd__"), lambda: hasattr(complex, "__int__"),
    lambda: int.__add__(1, 2, x=3),
]:
    t(f)


class B:
    def __mro_entries__(self, bases):
        return (object,)


t(lambda: type("X", (B(),), {}))
t(lambda: type("X", (1,), {}))


# Three-argument pow through the slots.
for f in [lambda: int.__pow__(2,3.0,5), lambda: int.__pow__(2,3,5.0), lambda: float.__pow__(2.0,2,5), lambda: complex.__pow__(1j,2,5), lambda: int.__rpow__(3,2,5), lambda: int.__pow__(2,3,None), lambda: int.__pow__(2, 3, 5)]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)

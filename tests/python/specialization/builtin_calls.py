# Builtin types called with positional arguments, and hasattr/getattr on plain
# instances: the fast paths must give what the general call gives, errors included.


class S(str):
    def __str__(self):
        return "custom"


class Plain(str):
    pass


class Truth:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v


class Sized:
    def __len__(self):
        return 0


def gen():
    yield 1
    yield 2


for f in [
    lambda: str("abc"), lambda: type(str(Plain("x"))), lambda: str(S("x")), lambda: str(5),
    lambda: str(b"x", "ascii"), lambda: bool([]), lambda: bool(Truth(True)),
    lambda: bool(Sized()), lambda: bool(Truth(1)), lambda: int("12"), lambda: int("z", 36),
    lambda: int(3.9), lambda: float("1.5"), lambda: list(gen()), lambda: tuple("ab"),
    lambda: dict([(1, 2)]), lambda: set("aab") == {"a", "b"}, lambda: type(1),
    lambda: type("N", (), {}).__name__, lambda: object().__class__, lambda: ValueError("m").args,
    lambda: KeyError(1, 2).args, lambda: range(3)[-1], lambda: frozenset([1]) | {2},
    lambda: bytes(3), lambda: bytearray(b"a"), lambda: slice(1, 2).stop, lambda: complex(1, 2),
    lambda: int(), lambda: str(), lambda: int(1, 2, 3), lambda: bool(1, 2), lambda: type(1, 2),
    lambda: float("x"), lambda: int("x"), lambda: list(5), lambda: dict(1), lambda: str(1, 2),
    lambda: object(1),
]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Desc:
    def __get__(self, obj, owner):
        raise AttributeError("from __get__")


class A:
    c = 1
    n = None
    t = int
    d = Desc()

    def m(self):
        return 1

    @property
    def p(self):
        raise AttributeError("inside property")

    @property
    def q(self):
        return "q"


class G(A):
    def __getattr__(self, name):
        return "G." + name


class Sl:
    __slots__ = ("x",)


a = A()
a.x = 1
a.c = "shadow"
a.__dict__["p"] = "dict p"
g = G()
s = Sl()
for obj in [a, g, s, A()]:
    for name in ["x", "c", "n", "t", "d", "m", "p", "q", "zz", "__class__", "__dict__",
                 "__weakref__", "__zz__"]:
        try:
            v = getattr(obj, name)
            v = v.__name__ if callable(v) and hasattr(v, "__name__") else v
        except AttributeError as e:
            v = "AttributeError: %s" % e
        print(type(obj).__name__, name, hasattr(obj, name),
              repr(getattr(obj, name, "default"))[:30] if name != "__dict__" else "",
              repr(v)[:40] if name != "__dict__" else "")

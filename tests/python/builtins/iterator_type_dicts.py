# What the native iterator classes' dicts hold: __getattribute__ (all but the reverse
# dict iterators and itertools._tee), and __reduce__/__setstate__ on the builtins' ones.
import itertools


class Seq:
    def __getitem__(self, i):
        raise IndexError


ITERATORS = [
    iter([]), reversed([]), iter(()), iter(""), iter("é"), iter(b""), iter(bytearray()),
    iter(range(1)), iter(range(2 ** 70)), iter({}), iter({}.values()), iter({}.items()),
    reversed({}), reversed({}.values()), reversed({}.items()), iter(set()), iter(Seq()),
    reversed("ab"), enumerate([]), zip(), map(len, []), filter(None, []), iter(int, 1),
    itertools.chain(), itertools.count(), itertools.repeat(1), itertools.tee([])[0],
    itertools.islice([], 1), itertools.cycle([]), itertools.pairwise([]),
    itertools.groupby([]), itertools.accumulate([]), itertools.product(),
]
for it in ITERATORS:
    t = type(it)
    names = ("__getattribute__", "__reduce__", "__setstate__", "__length_hint__", "__iter__",
             "__next__")
    if t.__module__ == "itertools":
        # (Their __reduce__ and __setstate__ are not there yet: docs/compat.md.)
        names = ("__getattribute__", "__length_hint__", "__iter__", "__next__")
    print(t.__name__, [n for n in names if n in vars(t)])
    if "__getattribute__" in vars(t):
        g = vars(t)["__getattribute__"]
        print("   ", type(g).__name__, g.__name__, g.__qualname__, g.__objclass__ is t, repr(g.__doc__))
        print("   ", repr(g).split(" at ")[0], t.__getattribute__(it, "__class__") is t)
    if "__reduce__" in vars(t) and t.__module__ != "itertools":
        r = vars(t)["__reduce__"]
        print("   ", type(r).__name__, r.__qualname__, repr(r.__doc__))
    if "__setstate__" in vars(t) and t.__module__ != "itertools":
        s = vars(t)["__setstate__"]
        print("   ", type(s).__name__, s.__qualname__, repr(s.__doc__))

it = iter([1, 2])
t = type(it)
print(repr(it.__getattribute__).split(" at ")[0], it.__getattribute__("__next__")())
for call in (
    lambda: t.__getattribute__(it, "nope"),
    lambda: t.__getattribute__(it),
    lambda: t.__getattribute__(it, 1),
    lambda: t.__getattribute__(it, "a", "b"),
    lambda: t.__getattribute__(5, "real"),
    lambda: it.__getattribute__(name="x"),
    lambda: type(zip()).__getattribute__(iter([]), "x"),
):
    try:
        print(call())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


class Z(zip):
    extra = 5


z = Z("a", "b")
z.own = 1
print(zip.__getattribute__(z, "extra"), zip.__getattribute__(z, "own"), z.__reduce__()[0].__name__)

# The order of the side effects of matching: __eq__ calls, attribute look-ups,
# __len__, __getitem__/__iter__, and mapping get() calls.
import collections.abc


class Loud:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print(f"  {self.name}.__eq__({other!r})")
        return self.name == other

    def __repr__(self):
        return self.name


class Values:
    A = Loud("A")
    B = Loud("B")


print("value patterns compare value == subject, in order:")
match "B":
    case Values.A:
        print("A")
    case Values.B:
        print("B")


class Seq(collections.abc.Sequence):
    def __init__(self, *items):
        self.items = items

    def __len__(self):
        print("  __len__")
        return len(self.items)

    def __getitem__(self, i):
        print(f"  __getitem__({i!r})")
        return self.items[i]

    def __iter__(self):
        print("  __iter__")
        return iter(self.items)


print("sequence patterns:")
for pattern_kind in range(5):
    s = Seq(1, 2, 3)
    print(" kind", pattern_kind)
    match pattern_kind, s:
        case 0, [a, b]:
            print("  two")
        case 0, [a, b, c]:
            print("  three", a, b, c)
        case 1, [1, *rest]:
            print("  rest", rest)
        case 2, [_, *_, last]:
            print("  last", last)
        case 3, [first, *_]:
            print("  first", first)
        case 4, [*_]:
            print("  any")


class Obj:
    __match_args__ = ("a", "b")

    def __getattr__(self, name):
        print(f"  __getattr__({name!r})")
        if name == "missing":
            raise AttributeError(name)
        return name.upper()


print("class patterns look every attribute up before matching any:")
match Obj():
    case Obj(Loud("X"), "B", c="C"):
        print("no")
    case Obj("A", b, c=c, d="D"):
        print("  matched", b, c)

print("a missing attribute stops the look-ups:")
match Obj():
    case Obj(x=1, missing=2, y=3):
        print("no")
    case _:
        print("  no match")


class Map(collections.abc.Mapping):
    def __init__(self, **kw):
        self.d = kw

    def __getitem__(self, k):
        print(f"  __getitem__({k!r})")
        return self.d[k]

    def __iter__(self):
        print("  __iter__")
        return iter(self.d)

    def __len__(self):
        print("  __len__")
        return len(self.d)

    def get(self, k, default=None):
        print(f"  get({k!r})")
        return self.d.get(k, default)


print("mapping patterns: __len__, then get() for each key in order:")
match Map(x=1, y=2, z=3):
    case {"y": 9}:
        print("no")
    case {"z": z, "missing": m, "x": x}:
        print("no")
    case {"z": z, "x": x, **rest}:
        print("  matched", z, x, rest)


class Subject:
    def __eq__(self, other):
        print(f"  Subject.__eq__({other!r})")
        return NotImplemented


print("a literal pattern compares literal == subject (reflected to the subject):")
match Subject():
    case 1:
        print("no")
    case "s":
        print("no")
    case None:
        print("None uses identity: no __eq__")
    case _:
        print("  none")


class Truthy:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print(f"  __bool__ -> {self.v}")
        return self.v


class EqReturnsObj:
    def __eq__(self, other):
        print("  __eq__")
        return Truthy(False)


print("the result of __eq__ is tested for truth:")
match EqReturnsObj():
    case 5:
        print("no")
    case _:
        print("  not equal")

# Mapping patterns: keys looked up with get(key, sentinel), **rest a new dict.
import collections
import collections.abc


def m(x):
    match x:
        case {}:
            kind = "empty"
        case _:
            kind = "?"
    match x:
        case {"action": "go", "to": dest}:
            return f"go to {dest}"
        case {"action": "stop", **rest}:
            return f"stop with {rest}"
        case {1: one, 2.0: two}:
            return f"numbers {one} {two}"
        case {None: n, True: t}:
            return f"singletons {n} {t}"
        case {"k": [a, b]}:
            return f"nested {a} {b}"
        case {**everything}:
            return f"{kind} everything {everything}"
        case _:
            return "not a mapping"


for v in [{"action": "go", "to": "north", "extra": 1}, {"action": "stop"},
          {"action": "stop", "why": "tired", "when": 3}, {1: "a", 2: "b"},
          {None: 0, 1: "t"}, {"k": (1, 2)}, {"k": [1]}, {}, {"x": 1}, [("a", 1)], "dict",
          collections.OrderedDict(a=1), collections.Counter("aab"),
          collections.defaultdict(int, z=1)]:
    print(repr(v), "->", m(v))


class Missing(dict):
    def __missing__(self, key):
        print("__missing__ called", key)
        return 0


match Missing(a=1):
    case {"b": b}:
        print("matched b", b)
    case {"a": a}:
        print("matched a", a)

dd = collections.defaultdict(list)
match dd:
    case {"x": x}:
        print("no")
    case _:
        print("defaultdict not grown:", dict(dd))


class MyMap(collections.abc.Mapping):
    def __init__(self, **kw):
        self.d = kw

    def __getitem__(self, k):
        print("getitem", k)
        return self.d[k]

    def __iter__(self):
        print("iter")
        return iter(self.d)

    def __len__(self):
        print("len")
        return len(self.d)


match MyMap(a=1, b=2, c=3):
    case {"a": 1, "c": c, **rest}:
        print("MyMap", c, rest, type(rest).__name__)


class Registered:
    def __init__(self, d):
        self.d = d

    def __len__(self):
        return len(self.d)

    def get(self, k, default=None):
        print("get", k)
        return self.d.get(k, default)

    def keys(self):
        return self.d.keys()

    def __getitem__(self, k):
        return self.d[k]


collections.abc.Mapping.register(Registered)
match Registered({"p": 1, "q": 2}):
    case {"q": q, "p": p, **r}:
        print("registered", p, q, r)


# Keys may be dotted names; rest is a fresh dict.
class K:
    A = "a"
    B = "b"


d = {"a": 1, "b": 2, "c": 3}
match d:
    case {K.A: a, K.B: b, **rest}:
        rest["new"] = 1
        print(a, b, rest, d)

# Duplicate keys only known at run time.
class Dup:
    X = "a"
    Y = "a"


try:
    match {"a": 1, "b": 2}:
        case {Dup.X: 1, Dup.Y: 2}:
            pass
except ValueError as e:
    print(type(e).__name__, e)


class Unhashable:
    L = []


try:
    match {"a": 1}:
        case {Unhashable.L: 1}:
            pass
except TypeError as e:
    print(type(e).__name__, e)

# Not every dict-like is a mapping to match.
match collections.UserDict(a=1):
    case {"a": a}:
        print("UserDict is a mapping", a)
match {"a": 1}.keys():
    case {"a": a}:
        print("keys is a mapping?")
    case _:
        print("keys view is not a mapping")

# An OrderedDict's iterators against changes made through `dict`'s own methods
# (`dict.__setitem__(od, k, v)`, `dict.pop(od, k)`…): those change the dict, not the
# OrderedDict's key list, so a change of size reads "changed size during iteration" at
# every later call, where the OrderedDict's own changes of its keys read "mutated" once
# and end the iterator.
from collections import OrderedDict as OD


def trial(label, mutate, make=iter, n_before=1, show_after=False):
    od = OD(a=1, b=2, c=3)
    it = make(od)
    out = [next(it) for _ in range(n_before)]
    mutate(od)
    for _ in range(3):
        try:
            out.append(next(it))
        except (RuntimeError, KeyError, StopIteration) as e:
            out.append(f"{type(e).__name__}: {e}")
    # (After a change through dict's methods CPython's key list no longer matches its
    # dict, so only the size is shown then.)
    print(label, out, list(od.items()) if show_after else len(od))


DICT_CHANGES = {
    "dict.__setitem__ new": lambda od: dict.__setitem__(od, "z", 9),
    "dict.__setitem__ old": lambda od: dict.__setitem__(od, "a", 9),
    "dict.pop": lambda od: dict.pop(od, "c"),
    "dict.pop missing, default": lambda od: dict.pop(od, "q", None),
    "dict.__delitem__": lambda od: dict.__delitem__(od, "c"),
    "dict.popitem": lambda od: dict.popitem(od),
    "dict.setdefault new": lambda od: dict.setdefault(od, "z", 0),
    "dict.update new": lambda od: dict.update(od, z=0),
    "dict.update old": lambda od: dict.update(od, a=0),
    "dict.clear": lambda od: dict.clear(od),
    "dict.__ior__": lambda od: dict.__ior__(od, {"z": 0}),
    "dict set, dict pop": lambda od: (dict.__setitem__(od, "z", 0), dict.pop(od, "z")),
}
for name, change in DICT_CHANGES.items():
    trial(name, change)

OWN_CHANGES = {
    "od[new]": lambda od: od.__setitem__("z", 9),
    "od[old]": lambda od: od.__setitem__("a", 9),
    "OrderedDict.__setitem__": lambda od: OD.__setitem__(od, "z", 9),
    "del od[c]": lambda od: od.__delitem__("c"),
    "OrderedDict.__delitem__": lambda od: OD.__delitem__(od, "c"),
    "od.pop": lambda od: od.pop("c"),
    "od.pop missing": lambda od: od.pop("q", 0),
    "od.popitem": lambda od: od.popitem(),
    "od.popitem(False)": lambda od: od.popitem(False),
    "od.clear": lambda od: od.clear(),
    "od.move_to_end(a)": lambda od: od.move_to_end("a"),
    "od.move_to_end(c)": lambda od: od.move_to_end("c"),
    "od.move_to_end(a, False)": lambda od: od.move_to_end("a", False),
    "od.move_to_end(b, False)": lambda od: od.move_to_end("b", False),
    "od.setdefault new": lambda od: od.setdefault("z", 0),
    "od.update new": lambda od: od.update(z=0),
    "od |= new": lambda od: od.__ior__({"z": 0}),
    "od pop, od set": lambda od: (od.pop("b"), od.__setitem__("z", 0)),
    "od set, od pop": lambda od: (od.__setitem__("z", 0), od.pop("z")),
}
for name, change in OWN_CHANGES.items():
    trial(name, change, show_after=True)
trial("dict set, od pop", lambda od: (dict.__setitem__(od, "z", 0), od.pop("a")))

MAKERS = {
    "reversed": reversed,
    "keys": lambda od: iter(od.keys()),
    "values": lambda od: iter(od.values()),
    "items": lambda od: iter(od.items()),
    "reversed items": lambda od: reversed(od.items()),
    "reversed values": lambda od: reversed(od.values()),
}
for kind, make in MAKERS.items():
    trial(kind + ", dict.__setitem__", DICT_CHANGES["dict.__setitem__ new"], make)
    trial(kind + ", dict.pop", DICT_CHANGES["dict.pop"], make)
    trial(kind + ", od[new]", OWN_CHANGES["od[new]"], make)

# Where the iterator is: past the last key it has ended whatever happens.
trial("at the end", DICT_CHANGES["dict.__setitem__ new"], n_before=3)
trial("before the last", DICT_CHANGES["dict.__setitem__ new"], n_before=2)
trial("before the first", DICT_CHANGES["dict.__setitem__ new"], n_before=0)
trial("before the first, od[new]", OWN_CHANGES["od[new]"], n_before=0)

# The error stays when the size comes back.
od = OD(a=1, b=2)
it = iter(od)
next(it)
dict.__setitem__(od, "z", 0)
for step in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print(e)
    if step == 0:
        dict.pop(od, "z")

# A subclass: its own __setitem__ going to OrderedDict's is the OrderedDict's change;
# pop and popitem use the dict directly (no __getitem__, __delitem__, __missing__).
class Loud(OD):
    def __setitem__(self, key, value):
        print("Loud.__setitem__", key)
        super().__setitem__(key, value)

    def __getitem__(self, key):
        print("Loud.__getitem__", key)
        return super().__getitem__(key)

    def __delitem__(self, key):
        print("Loud.__delitem__", key)
        super().__delitem__(key)

    def __missing__(self, key):
        print("Loud.__missing__", key)
        return 0


loud = Loud(a=1, b=2, c=3)
it = iter(loud)
next(it)
loud["z"] = 1
try:
    next(it)
except RuntimeError as e:
    print(e)
print(loud.pop("a"), loud.pop("q", "default"), loud.popitem(), loud.popitem(False))
loud.update(x=1)
loud.setdefault("y", 2)
loud.move_to_end("x")
print(list(loud.items()))

# The methods are the OrderedDict's own, as in CPython.
print([name in OD.__dict__ for name in ("__setitem__", "__delitem__", "pop")])
print(OD.__setitem__, OD.__delitem__, OD.pop)
od = OD(a=1)
for call in [
    lambda: od.pop(),
    lambda: od.pop("a", key=1),
    lambda: od.pop("a", k=1),
    lambda: od.pop("a", 1, default=2),
    lambda: od.pop("zz"),
    lambda: od.__setitem__(1),
    lambda: od.__setitem__(1, v=2),
    lambda: od.__delitem__(),
    lambda: OD.__delitem__(od, "zz"),
    lambda: OD.__setitem__({}, 1, 2),
    lambda: OD.pop({}, 1),
]:
    try:
        print(call())
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
print(od.pop(key="a"), od.pop("zz", default=3), od)

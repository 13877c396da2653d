# Changing an OrderedDict while iterating it: CPython's odict_iterator stops with
# "mutated" (and ends) when keys are added, removed or moved, with "changed size"
# (again on every call) when it is cleared; a value replaced shows.
from collections import OrderedDict as OD


def trial(name, mutate, make=iter):
    od = OD(a=1, b=2, c=3, d=4)
    it = make(od)
    out = [next(it)]
    mutate(od)
    for _ in range(3):
        try:
            out.append(next(it))
        except (RuntimeError, KeyError, StopIteration) as e:
            out.append(f"{type(e).__name__}: {e}")
    print(name, out)


def del_b(od):
    del od["b"]


def add_x(od):
    od["x"] = 9


def readd(od):
    del od["d"]
    od["d"] = 5


MAKERS = [
    iter,
    reversed,
    lambda od: iter(od.keys()),
    lambda od: iter(od.values()),
    lambda od: iter(od.items()),
    lambda od: reversed(od.values()),
    lambda od: reversed(od.items()),
]
for make in MAKERS:
    trial("add", add_x, make)
    trial("del", del_b, make)
    trial("clear", lambda od: od.clear(), make)
    trial("replace", lambda od: od.__setitem__("c", 30), make)
trial("move_to_end", lambda od: od.move_to_end("b"))
trial("move_to_end, already last", lambda od: od.move_to_end("d"))
trial("move_to_end, already first", lambda od: od.move_to_end("a", last=False))
trial("move_to_end first", lambda od: od.move_to_end("c", last=False))
trial("popitem", lambda od: od.popitem())
trial("popitem first", lambda od: od.popitem(last=False))
trial("pop", lambda od: od.pop("c"))
trial("readd", readd)
trial("setdefault new", lambda od: od.setdefault("z", 0))
trial("setdefault old", lambda od: od.setdefault("a", 0))
trial("update old", lambda od: od.update(a=5))
trial("update new", lambda od: od.update(q=5))
trial("|=", lambda od: od.__ior__({"q": 1}))
trial("clear, add", lambda od: (od.clear(), od.update(a=1)))

# An iterator made on an empty OrderedDict, or past its last key, has ended: keys
# added later do not show.
od = OD()
it = iter(od)
od["a"] = 1
print(list(it))
od = OD(a=1)
it = iter(od)
print(next(it))
od["b"] = 2
print(list(it), list(od))
od = OD(a=1, b=2)
it = reversed(od.items())
print(next(it), next(it))
od["c"] = 3
print(list(it))

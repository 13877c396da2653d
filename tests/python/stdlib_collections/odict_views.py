# OrderedDict's views and iterators: CPython's C OrderedDict has view classes of its own
# (subclasses of dict_keys, dict_values, dict_items) and one iterator class for all of them.
import collections
from collections import OrderedDict as OD


class Sub(OD):
    pass


for od in [OD(a=1, b=2, c=3), Sub(x=1, y=2)]:
    for view in (od.keys(), od.values(), od.items()):
        t = type(view)
        print(t.__name__, t.__qualname__, t.__module__, t.__mro__, t.__bases__)
        print("   ", repr(view), len(view), list(view), list(reversed(view)))
        print("   ", sorted(vars(t)), t.__doc__, t.__dict__["__doc__"])
        for it in (iter(view), reversed(view), t.__iter__(view), t.__reversed__(view)):
            print("   ", type(it).__name__, type(it).__module__, list(it))
    it = iter(od)
    print(type(it).__name__, type(it) is type(reversed(od)), iter(it) is it, next(it), list(it))
    print(type(od.__iter__()).__name__, list(od.__iter__()), list(od.__reversed__()))

print(repr(OD().keys()), repr(OD().values()), repr(OD().items()))
print(OD(a=[1, {2: 3}]).items(), OD(b=OD(c=1)).values())

# Set operations, membership and comparisons, as on dict views.
k = OD(a=1, b=2).keys()
i = OD(a=1, b=2).items()
print(sorted(k | {"x"}), sorted(k & {"a", "q"}), sorted(k - {"a"}), sorted(k ^ {"a", "z"}))
print(sorted({"x"} | k), sorted(["a"] - k) if False else sorted({"a", "w"} - k))
print(sorted(i | {("x", 0)}), sorted(i & {("a", 1)}), sorted(i - {("a", 1)}))
print("a" in k, "q" in k, ("a", 1) in i, ("a", 2) in i, 1 in OD(a=1).values())
print(k == {"a", "b"}, k == {"a"}, k != {"a"}, k <= {"a", "b", "c"}, k < {"a", "b"}, k > {"a"})
print(i == {("a", 1), ("b", 2)}, k.isdisjoint(["x"]), k.isdisjoint(["a"]), i.isdisjoint([]))
print(k == OD(b=2, a=1).keys(), OD(a=1).values() == OD(a=1).values())
for bad in (lambda: hash(k), lambda: hash(i), lambda: k | 1, lambda: k & None):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)

# The views and the iterator follow the live dict.
od = OD(a=1)
k, v, i = od.keys(), od.values(), od.items()
od["b"] = 2
od["a"] = 10
print(k, v, i, len(k))
od.move_to_end("a")
print(list(k), list(v), list(i), list(reversed(i)))

# The classes cannot be instantiated; their methods check their receiver.
for t in (type(k), type(v), type(i), type(iter(od))):
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
for call in (
    lambda: type(k).__iter__({}.keys()),
    lambda: type(k).__reversed__({}.keys()),
    lambda: type(v).__iter__(k),
    lambda: type(i).__reversed__(v),
    lambda: type(iter(od)).__next__(iter([])),
    lambda: OD.keys({}),
    lambda: OD.__iter__({}),
    lambda: OD.items(),
    lambda: OD.values(od, 1),
):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
print(type(OD.__dict__["keys"]).__name__, OD.keys, OD.__iter__.__name__)
print(type(OD.__dict__["__reversed__"]).__name__, OD.__dict__["__reversed__"].__qualname__)
print(list(OD.keys(Sub(q=1))), list(OD.__iter__(od)), list(OD.__reversed__(od)))
print(type(dict.keys(od)).__name__, type(iter(dict.items(od))).__name__)

# Arguments the methods do not take, called bound and unbound.
od = OD(a=1)
m = od.items
for call in (
    lambda: od.__iter__(1),
    lambda: od.keys(x=1),
    lambda: m(x=1),
    lambda: m(1, 2),
    lambda: OD.__reversed__(od, 2),
    lambda: od.values(1),
):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

# move_to_end: a key already at that end stays put, and iteration goes on.
od = OD(a=1, b=2, c=3)
it = iter(od)
print(next(it), od.move_to_end("c"), od.move_to_end("a", last=False), list(it), list(od))
for call in (lambda: od.move_to_end("zz"), lambda: OD().move_to_end("q"), lambda: od.move_to_end([])):
    try:
        print(call())
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
od.move_to_end("a")
od.move_to_end("c", last=False)
print(list(od), od.popitem(), od.popitem(last=False), od)

# An odict_iterator reduces to iter() of what it has left (raising what iterating would).
import copy

od = OD(a=1, b=2, c=3)
for it in (iter(od), reversed(od.items()), iter(od.values())):
    first = next(it)
    r = it.__reduce__()
    c = copy.copy(it)
    print(first, r, type(c).__name__, list(c), list(it), it.__reduce__())
it = iter(od)
od["z"] = 0
try:
    it.__reduce__()
except RuntimeError as e:
    print("RuntimeError:", e)
it = iter(od)
od.clear()
try:
    it.__reduce__()
except RuntimeError as e:
    print("RuntimeError:", e)
print(iter(OD()).__reduce__(), sorted(vars(type(iter(od)))))

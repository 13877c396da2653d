from collections import OrderedDict, defaultdict, ChainMap, UserDict, UserList, UserString

od = OrderedDict([("b", 1), ("a", 2)])
od["c"] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
od.move_to_end("b"); print(od); od.move_to_end("b", last=False); print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
print(OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1), {"b": 2, "a": 1} == OrderedDict(a=1, b=2))
print(OrderedDict.fromkeys("xyz", 0), list(reversed(OrderedDict.fromkeys("xyz"))))
o2 = OrderedDict(a=1); o2.setdefault("b", 5); o2.update([("c", 3)], d=4); print(o2, o2.copy() == o2)
print(OrderedDict(a=1) | {"b": 2}, {"z": 0} | OrderedDict(a=1), repr(OrderedDict()))
r = OrderedDict(); r["self"] = r; print(r)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    od.move_to_end("missing")
except KeyError as e:
    print("KeyError", e)

dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dd["a"], dd.default_factory, "zz" in dd, dd.get("zz"), len(dd))
print(dd["new"], sorted(dd))
n = defaultdict(None, {1: 2}); print(n)
try:
    n[5]
except KeyError as e:
    print("KeyError", e)
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(counts, dict(counts), isinstance(counts, dict))
nested = defaultdict(lambda: defaultdict(int)); nested["x"]["y"] += 1; print(dict(nested["x"]))
print(defaultdict(int, a=1).copy(), type(defaultdict(int).copy()).__name__, defaultdict(str, [(1, "a")]))
try:
    defaultdict("notcallable")
except TypeError as e:
    print("TypeError", e)

base = {"a": 1, "b": 2}
cm = ChainMap({"a": 10}, base)
print(cm["a"], cm["b"], len(cm), sorted(cm), "b" in cm, cm.get("z", 0), cm)
cm["c"] = 3; print(cm.maps[0], base)
child = cm.new_child({"d": 4}); print(child, child.parents, dict(child))
del cm["c"]; print(cm)
try:
    del cm["b"]
except KeyError as e:
    print("KeyError", e)
print(ChainMap(), bool(ChainMap()), bool(ChainMap({1: 2})), list(ChainMap({"x": 1}, {"y": 2, "x": 3})))

class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

u = Lower(A=1); u["B"] = 2; u.update({"C": 3})
print(u, u.data, len(u), "a" in u, u.get("b"), list(u.items()), isinstance(u, dict))
ul = UserList([3, 1, 2]); ul.append(0); ul.sort(); print(ul, ul[1:], type(ul[1:]).__name__, ul + [9], len(ul))
us = UserString("Hello"); print(us.upper(), type(us.upper()).__name__, us + "!", us[1:3], "ell" in us, len(us))

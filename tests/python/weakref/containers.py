import gc
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Obj(%s)" % self.name

    def meth(self):
        return "meth of " + self.name


# WeakValueDictionary: entries go with their values.
d = weakref.WeakValueDictionary()
a, b = Obj("a"), Obj("b")
d["a"] = a
d["b"] = b
print(sorted(d.keys()), len(d), "a" in d, d.get("a"), d.get("zz", "dflt"))
del a
print(sorted(d.keys()), len(d), "a" in d, d.get("a"))
print(d.pop("b"), len(d))
try:
    d["b"]
except KeyError as e:
    print("KeyError", e)
print(d.setdefault("c", b), sorted(d.items(), key=lambda kv: kv[0]))

# WeakKeyDictionary: entries go with their keys.
k = weakref.WeakKeyDictionary()
x, y = Obj("x"), Obj("y")
k[x] = 1
k[y] = 2
print(len(k), k[x], x in k, sorted(v for _, v in k.items()))
del x
print(len(k), sorted(v for _, v in k.items()), 5 in k)

# WeakSet.
s = weakref.WeakSet()
p, q = Obj("p"), Obj("q")
s.add(p)
s.add(q)
s.add(p)
print(len(s), p in s, sorted(o.name for o in s))
del p
print(len(s), sorted(o.name for o in s))
s.discard(q)
print(len(s))

# WeakMethod: alive while the object is.
o = Obj("o")
wm = weakref.WeakMethod(o.meth)
print(wm()(), wm() == o.meth)
fired = []
wm2 = weakref.WeakMethod(o.meth, lambda r: fired.append("dead"))
del o
print(wm(), fired)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)

# finalize: runs once, when the object dies or when called.
calls = []
f1 = Obj("f1")
fin = weakref.finalize(f1, calls.append, "f1 gone")
print(fin.alive, fin.peek()[1:] == (calls.append, ("f1 gone",), {}))
del f1
print(calls, fin.alive, fin())
f2 = Obj("f2")
fin2 = weakref.finalize(f2, lambda: calls.append("f2 by hand") or "ret")
print(fin2(), fin2(), calls)
del f2
print(calls)
f3 = Obj("f3")
fin3 = weakref.finalize(f3, calls.append, "never")
obj, func, args, kwargs = fin3.detach()
print(obj, args, fin3.alive)
del f3, obj
print(calls)

# proxy.
t = Obj("t")
pr = weakref.proxy(t)
print(pr.name, pr.meth(), str(pr))
pr.extra = 5
print(t.extra)
del t
gc.collect()
try:
    pr.name
except ReferenceError as e:
    print("ReferenceError:", e)

# A function's callback (metal runs it at the next collection; CPython at once).
def fn():
    pass


gone = []
wf = weakref.ref(fn, lambda w: gone.append("fn gone"))
print(wf() is fn)
del fn
gc.collect()
print(gone, wf())

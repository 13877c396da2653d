# Small dicts (no index table) and their growth into hashed ones.
d = {}
for i in range(12):
    d["k%d" % i] = i
    if i in (3, 7, 8):
        del d["k%d" % (i - 1)]
print(d, len(d))
for i in range(12):
    print(i, "k%d" % i in d, d.get("k%d" % i))

e = {1: "int", 2: "two"}
e[1.0] = "float"
e[True] = "bool"
print(e, e[1], 1.0 in e, True in e, 2.0 in e)

class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 7
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return "K(%d)" % self.v

f = {K(1): 1, K(2): 2, 7: "seven"}
print(f[K(1)], f[K(2)], f.get(K(3)), f[7], K(2) in f)
f[K(1)] = "one"
print(f)
del f[K(2)]
print(f, len(f))

g = {}
for i in range(20):
    g[i] = i
    del g[i]
print(g, len(g))
g.update(a=1, b=2)
print(g.popitem(), g)
h = dict.fromkeys("abcdefgh")
print(list(h))
h["i"] = 9
del h["a"]
print(list(h), h.popitem(), list(h))
it = iter({"x": 1, "y": 2})
print(next(it), next(it))
s = {"a": 1, "b": 2}
print(s == {"b": 2, "a": 1}, {**s, "c": 3}, s.copy(), s.setdefault("z", 0), s)

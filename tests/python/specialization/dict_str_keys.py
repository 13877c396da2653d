# Dict lookups by str key take a fast path; keys that are not plain strs but hash and
# compare equal to one must still be found, and misses must still raise or default.


class S(str):
    pass


class Loud(str):
    def __eq__(self, other):
        print("Loud.__eq__", repr(other))
        return str.__eq__(self, other)

    __hash__ = str.__hash__


class Alias:
    """Hashes and compares like the str it names."""

    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        print("Alias.__eq__", repr(other))
        return self.name == other


d = {"a": 1, "b": 2}
print(d["a"], d.get("b"), d.get("zz"), d.get("zz", 0), "a" in d, "zz" in d)
try:
    d["zz"]
except KeyError as e:
    print("KeyError", e)

# A str subclass as the stored key: a plain str finds it, and the reverse.
d2 = {S("k"): "sub"}
print(d2["k"], d2.get("k"), "k" in d2)
d3 = {"k": "plain"}
print(d3[S("k")], S("k") in d3)

# A key whose __eq__ is Python code runs it when hashes collide.
d4 = {Loud("x"): 10}
print(d4["x"])
print(d4.get("y"))
d5 = {Alias("name"): "aliased"}
print(d5["name"], "name" in d5, d5.get("name"))
d5["name"] = "replaced"
print(len(d5), list(d5.values()))

# Stores by str: replace in place, insert new, keep order.
d6 = {}
for k in ["x", "y", "x", "z", "y"]:
    d6[k] = d6.get(k, 0) + 1
print(d6, list(d6))
del d6["y"]
d6["y"] = 9
print(d6)

# Many keys (a hashed table, not the small linear one).
big = {"k%d" % i: i for i in range(100)}
print(sum(big["k%d" % i] for i in range(100)), big.get("k100"), "k99" in big)
big[S("k5")] = "five"
print(big["k5"], len(big))

# A dict changing type of value mid-loop: the lookups follow.
cfg = {"n": 1}
out = []
for i in range(5):
    out.append(cfg["n"])
    cfg["n"] = str(i) if i % 2 else [i]
print(out)

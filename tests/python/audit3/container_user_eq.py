class K:
    def __init__(self, v, h=None): self.v, self.h = v, h
    def __eq__(self, o):
        print(f"  eq K{self.v} vs {o!r}")
        return isinstance(o, K) and self.v == o.v
    def __hash__(self): return self.h if self.h is not None else hash(self.v)
    def __repr__(self): return f"K{self.v}"
lst = [K(1), K(2), K(3)]
print(lst.index(K(2)))
print(lst.count(K(3)))
lst.remove(K(1)); print(lst)
print(K(3) in lst, K(9) in (K(9),))
d = {K(1, 0): "a", K(2, 0): "b"}
print(d[K(2, 0)])
print(K(5, 0) in d)
s = {K(1, 7), K(1, 7)}
print(len(s))
# eq raising inside container lookup propagates
class Boom:
    def __eq__(self, o): raise ValueError("boom eq")
    __hash__ = object.__hash__
try:
    [1, 2].index(Boom())
except ValueError as e:
    print("ValueError", e)
try:
    Boom() in [1]
except ValueError as e:
    print("ValueError", e)
# list comparison uses element __eq__ then __lt__
class C:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): print("  lt", self.v, o.v); return self.v < o.v
print([C(1), C(2)] < [C(1), C(3)], (C(1),) < (C(0),))
# recursion in repr of self-containing user containers
class Node:
    def __init__(self): self.children = [self]
    def __repr__(self): return f"Node({self.children!r})"
try:
    repr(Node())
except RecursionError as e:
    print("RecursionError", str(e)[:30])
l = [1]; l.append(l); print(l)
dd = {}; dd["me"] = dd; print(dd)
# sort stability & key with user objects
class P:
    def __init__(self, n, k): self.n, self.k = n, k
    def __repr__(self): return self.n
ps = [P("a", 2), P("b", 1), P("c", 2), P("d", 1)]
print(sorted(ps, key=lambda p: p.k), max(ps, key=lambda p: p.k), min(ps, key=lambda p: p.k))
# __lt__ only, used for > via reflection in sort? sorted only uses <
class OnlyGt:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return f"G{self.v}"
print(sorted([OnlyGt(2), OnlyGt(1), OnlyGt(3)]))
# __iter__ + __len__ used by list() presizing; __length_hint__ ignored errors
class LH:
    def __iter__(self): return iter([1, 2])
    def __len__(self): return 5
print(list(LH()), tuple(LH()))
# dict() from user mapping (keys + __getitem__)
class Mapping:
    def keys(self): return ["a", "b"]
    def __getitem__(self, k): return k.upper()
print(dict(Mapping()), {**Mapping()})
d2 = {}; d2.update(Mapping()); print(d2)
def kw(**k): return k
print(kw(**Mapping()))
try:
    kw(**[1])
except TypeError as e:
    print("TypeError", e)
try:
    {**[1]}
except TypeError as e:
    print("TypeError", e)
# iter() on __getitem__-only class
class GI:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * i
print(list(GI()), 4 in GI(), [*GI()], list(enumerate(GI())))
a, b, c = GI()
print(a, b, c)
try:
    a, b = GI()
except ValueError as e:
    print("ValueError", e)

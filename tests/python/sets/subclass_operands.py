# Set methods and operators with instances of set/frozenset subclasses that override
# __iter__: CPython reads them as the sets they are (its own __iter__ is not called),
# except isdisjoint and the constructors, which iterate them; plus isdisjoint stopping
# at the first shared item of an iterable.
class S(set):
    def __iter__(self):
        print("S.__iter__")
        return iter([99])
class F(frozenset):
    def __iter__(self):
        return iter([98])
a = {1, 2}
s = S([1])
f = F([2])
for name in ("issubset", "issuperset", "union", "intersection", "difference",
             "symmetric_difference", "isdisjoint"):
    print(name, getattr(a, name)(s), getattr(a, name)(f))
b = set(a)
b.update(s); print(sorted(b))
b = set(a)
b.difference_update(f); print(sorted(b))
b = set(a)
b.intersection_update(s); print(sorted(b))
b = set(a)
b.symmetric_difference_update(s); print(sorted(b))
print(sorted(a | s), sorted(a & f), sorted(a - s), sorted(a ^ f), a <= S([1, 2, 3]), a == S([1, 2]))
print(sorted(set(s)), sorted(frozenset(f)), list(s), len(s))
seen = []
def items():
    for i in (5, 1, 7):
        seen.append(i)
        yield i
print({1, 2}.isdisjoint(items()), seen, {1}.isdisjoint([]), set().isdisjoint({1}))
try:
    {1}.isdisjoint(3)
except TypeError as e:
    print("TypeError:", e)

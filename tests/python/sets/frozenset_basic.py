f = frozenset([3, 1, 2])
print(f, frozenset(), type(f), len(f), 2 in f)
print(f | {9}, f & {1, 5}, {1, 5} & f, f - {1}, f ^ frozenset([3, 4]))
print(f == {1, 2, 3}, frozenset() == set(), hash(f) == hash(frozenset([1, 2, 3])))
d = {f: "frozen key"}
print(d[frozenset({1, 2, 3})])
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    {{1}}
except TypeError as e:
    print(type(e).__name__, e)
print(frozenset(f) is f, f.union([0]), f.issubset(range(5)))

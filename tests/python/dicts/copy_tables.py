# Copies of small and large dicts, with and without deleted entries: same order, same
# lookups, independent of the original afterwards (growing, deleting, overwriting),
# and instance dicts copied by __dict__.update and copy.copy.
import copy

for n in (0, 1, 7, 8, 9, 16, 40):
    d = {"k%d" % i: i for i in range(n)}
    c = d.copy()
    c["new"] = -1
    for i in range(0, n, 3):
        del c["k%d" % i]
    d["orig"] = 1
    print(n, list(c.items())[:6], len(c), len(d), "k1" in c, "new" in d, c == d)
    for i in range(50):
        c["g%d" % i] = i
    print(len(c), c["g49"], c.get("k%d" % (n - 1)), list(c)[-1])
    e = dict(c)
    print(e == c, list(e) == list(c))

# A copy of a dict that had entries deleted (holes) and one whose deletions were refilled.
d = {i: str(i) for i in range(20)}
for i in range(0, 20, 2):
    del d[i]
c = d.copy()
print(list(c), c[19], 0 in c)
d[0] = "back"
print(list(d.copy())[-1], len(d.copy()))


class P:
    pass


p = P()
for i in range(12):
    setattr(p, "a%d" % i, i)
q = copy.copy(p)
q.a0 = "changed"
q.extra = 1
print(p.a0, q.a0, hasattr(p, "extra"), vars(q) == {**vars(p), "a0": "changed", "extra": 1})
r = P()
r.__dict__.update(p.__dict__)
del r.a5
print(sorted(vars(r))[:4], hasattr(p, "a5"), len(vars(r)))

# dict(d), {**d}, d.copy() and an empty dict's update(d) copy the entries with their
# hashes: order, deleted entries, non-str keys, sizes around the growth points, and
# independence of the copy.

class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n % 3
    def __eq__(self, other):
        return isinstance(other, K) and other.n == self.n
    def __repr__(self):
        return "K(%d)" % self.n

for size in (0, 1, 5, 7, 8, 9, 16, 17, 40, 200):
    src = {"k%d" % i: i for i in range(size)}
    for i in range(0, size, 3):
        del src["k%d" % i]
    src[1.5] = "float"
    src[K(4)] = "k4"
    src[K(7)] = "k7"
    a = dict(src)
    b = {**src}
    c = src.copy()
    d = {}
    d.update(src)
    e = {}
    e.update(src, extra=1)
    for copy in (a, b, c, d):
        assert copy == src and list(copy) == list(src), size
        assert copy[K(7)] == "k7" and K(10) not in copy
    assert list(e)[-1] == "extra" and len(e) == len(src) + 1
    a["new"] = 1
    del b[1.5]
    assert "new" not in src and 1.5 in src
    print(size, len(src), list(src)[:4], list(a)[-2:])

# Lookups and inserts in a copy keep working after it grows and shrinks.
src = {i: str(i) for i in range(50)}
cp = dict(src)
for i in range(50, 120):
    cp[i] = str(i)
for i in range(0, 120, 2):
    del cp[i]
print(len(cp), cp[1], cp[119], sum(cp), 50 in cp, 51 in cp)

# A dict subclass and a mapping as the source.
class D(dict):
    pass
print(dict(D(a=1, b=2)), dict({"x": 1}.items()))
same = {"a": 1}
same.update(same)
print(same)

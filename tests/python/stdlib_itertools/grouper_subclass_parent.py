# A _grouper from an instance of a subclass of groupby names that instance as its
# parent (CPython's _grouper holds the object its groupby.__next__ was called on).
import itertools, copy


class G(itertools.groupby):
    pass


g = G('aabbc')
k, grp = next(g)
r = grp.__reduce__()
print(r[0].__name__, type(r[1][0]).__name__, r[1][0] is g, r[1][1])
c = copy.copy(grp)
print(list(c))
g2 = G('xxy', key=str.upper)
k, grp = next(g2)
print(k, type(grp.__reduce__()[1][0]).__name__, grp.__reduce__()[1][0] is g2)
print(list(grp), [k for k, _ in g2])
g3 = itertools.groupby([1, 1, 2])
k, grp = next(g3)
print(grp.__reduce__()[1][0] is g3)
# A _grouper made by hand from the subclass's instance.
gr = type(grp)(g, 'b')
print(gr.__reduce__()[1][0] is g, list(gr))


class H(itertools.groupby):
    def __init__(self, *a):
        self.extra = 5


h = H('aab')
k, grp = next(h)
p = grp.__reduce__()[1][0]
print(type(p).__name__, p.extra, vars(p))
del h, p
# The grouper keeps its parent alive.
p = grp.__reduce__()[1][0]
print(type(p).__name__, p.extra, list(grp))
# groupby.__new__ with the subclass.
h2 = itertools.groupby.__new__(H, 'zzq')
k, grp = next(h2)
print(k, type(grp.__reduce__()[1][0]).__name__, grp.__reduce__()[1][0] is h2)
# A deep copy of a grouper copies its parent, an instance of the subclass.
h3 = H('mmn')
k, grp = next(h3)
d = copy.deepcopy(grp)
print(list(d), list(grp))

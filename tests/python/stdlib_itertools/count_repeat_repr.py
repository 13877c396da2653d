# itertools.count and repeat show their state in their repr (count(n) or count(n,
# step), repeat(value) or repeat(value, times)), as they advance.
import itertools

c = itertools.count()
print(repr(c))
next(c)
print(repr(c), str(c))
print(repr(itertools.count(5, 2)), repr(itertools.count(1.5)), repr(itertools.count(0, 1.0)))
print(repr(itertools.count(2, -1)), repr(itertools.count(0, True)), repr(itertools.count(10**30)))
r = itertools.repeat("a", 3)
print(repr(r))
next(r)
print(repr(r), repr(itertools.repeat(1)), repr(itertools.repeat([1, "x"], 0)))


class Loud:
    def __repr__(self):
        return "Loud!"


print(repr(itertools.repeat(Loud(), 2)), repr(itertools.count(Loud.__name__.__len__())))
print(repr(itertools.chain([1])).split(" object")[0])

# The itertools functions beyond chain/count/islice/...: cycle, zip_longest, starmap,
# takewhile, dropwhile, filterfalse, compress, pairwise and combinations_with_replacement,
# with their classes, on finite and infinite inputs.
import itertools
from itertools import (combinations_with_replacement, compress, count, cycle, dropwhile,
                       filterfalse, islice, pairwise, repeat, starmap, takewhile, zip_longest)

for name in ["cycle", "zip_longest", "starmap", "takewhile", "dropwhile", "filterfalse",
             "compress", "pairwise", "combinations_with_replacement", "groupby", "_grouper",
             "_tee", "_tee_dataobject"]:
    cls = getattr(itertools, name)
    print(name, cls, type(cls).__name__, cls.__module__, cls.__qualname__)
print(type(itertools.tee).__name__, itertools.tee.__name__)

# cycle
print(list(islice(cycle("abc"), 8)))
print(list(cycle([])), list(cycle(iter([]))))
c = cycle(iter([1, 2]))
print([next(c) for _ in range(5)], type(c) is cycle, isinstance(c, cycle), iter(c) is c)
print(list(islice(cycle(count()), 4)))

# zip_longest
print(list(zip_longest("abc", [1])))
print(list(zip_longest("ab", range(4), fillvalue="-")))
print(list(zip_longest()), list(zip_longest([])), list(zip_longest("ab")))
print(list(islice(zip_longest(count(), "xy", fillvalue=0), 4)))
z = zip_longest([1], [2, 3])
print(next(z), next(z))
try:
    next(z)
except StopIteration:
    print("stop")
print(list(z))

# starmap
print(list(starmap(pow, [(2, 3), (3, 2), [10, 0]])))
print(list(starmap(lambda *a: a, ["ab", (), iter([1])])))
print(list(islice(starmap(lambda a, b: a * b, zip(count(), count(1))), 4)))

# takewhile / dropwhile
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(bool, [])), list(dropwhile(bool, [])))
print(list(takewhile(lambda x: x < 3, count())), list(islice(dropwhile(lambda x: x < 3, count()), 3)))
t = takewhile(lambda x: x < 2, iter([0, 1, 2, 0, 1]))
print(list(t), list(t))

# filterfalse
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, "", "a", None, [], [0]])))
print(list(filterfalse(bool, [0, 1, (), (0,)])))
print(list(islice(filterfalse(lambda x: x % 3, count()), 4)))

# compress
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(compress("ABC", [1, 1, 1, 1, 1])), list(compress("ABCDE", [0, 1])))
print(list(compress(count(), cycle([0, 1]))) if False else list(islice(compress(count(), cycle([0, 1])), 4)))

# pairwise
print(list(pairwise("abcd")), list(pairwise("a")), list(pairwise("")))
print(list(islice(pairwise(count()), 3)))

# combinations_with_replacement
print(list(combinations_with_replacement("ABC", 2)))
print(list(combinations_with_replacement(range(3), 3)))
print(list(combinations_with_replacement("", 2)), list(combinations_with_replacement("", 0)),
      list(combinations_with_replacement("ab", 0)))
print(len(list(combinations_with_replacement(range(5), 4))))
print(list(combinations_with_replacement(iterable="xy", r=1)))

# The reprs are the default ones.
for o in [cycle([]), zip_longest(), pairwise([]), starmap(len, []), compress([], [])]:
    print(repr(o).split(" object at ")[0])

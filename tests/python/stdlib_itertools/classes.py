# itertools' iterators are classes, as in CPython 3.11: type(chain) is type, an iterator's
# class is the one the module names (isinstance, type(x) is chain), the classes carry
# __name__/__module__/__qualname__, chain.from_iterable is a classmethod, and they can be
# subclassed.
import itertools
from itertools import accumulate, chain, combinations, count, islice, permutations, product, repeat
objs = {
    "accumulate": accumulate([1, 2, 3]),
    "chain": chain([1], [2]),
    "combinations": combinations("abc", 2),
    "count": count(3),
    "islice": islice("abcdef", 1, 4),
    "permutations": permutations("ab"),
    "product": product("ab", repeat=2),
    "repeat": repeat(7, 2),
}
for name, o in objs.items():
    cls = getattr(itertools, name)
    print(name, type(cls).__name__, cls, cls.__name__, cls.__module__, cls.__qualname__)
    print(" ", type(o) is cls, isinstance(o, cls), type(o).__name__, iter(o) is o)
    print(" ", list(islice(o, 6)))
print(isinstance(chain(), type(chain())), issubclass(chain, object))
print(list(chain.from_iterable(["ab", [1, 2], ()])))
print(type(chain.from_iterable([])) is chain)
fi = chain.from_iterable(iter([[1], [2]]))
print(next(fi), next(fi))
try:
    next(fi)
except StopIteration:
    print("stop")
print(repr(count(2, 3)), repr(repeat("x", 3)), repr(repeat("x")))
c = chain([1])
print(c.__class__.__name__, chain.__name__)
for bad in [lambda: chain.from_iterable(), lambda: chain.from_iterable(1), lambda: count(1, 2, 3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(sorted(n for n in vars(chain) if not n.startswith("__")))


class C(chain):
    pass


c = C([1], [2])
print(type(c).__name__, list(c), isinstance(c, chain), issubclass(C, chain))


class Counter(count):
    def __next__(self):
        return super().__next__() * 10


print(list(islice(Counter(1), 3)))
print(type(chain.from_iterable).__name__)


# The same holds for the builtin iterator classes: a subclass's instance is its own
# iterator, and its __next__ runs.
class Z(zip):
    def __next__(self):
        return super().__next__()[::-1]


z = Z("ab", "cd")
print(iter(z) is z, list(z), [x for x in Z("ab", "cd")])
c = C("ab")
print(iter(c) is c, next(c), [*c])

# reversed(): the iterator type it gives for each builtin, dict reverse iterators over
# the live dict, and the `reversed` object over a sequence (__len__ + __getitem__).
import operator


def show_type(it):
    t = type(it)
    print(t.__name__, t.__module__, t.__qualname__, t.__basicsize__, t.__mro__, repr(t.__doc__),
          [n for n in ("__iter__", "__next__", "__length_hint__") if n in t.__dict__])


d = {1: "a", 2: "b", 3: "c"}
for src in (d, d.keys(), d.values(), d.items(), b"ab", bytearray(b"ab"), "ab", "\xe9b",
            (1, 2), range(3), [1, 2]):
    it = reversed(src)
    show_type(it)
    print(operator.length_hint(it), list(it), operator.length_hint(it), next(it, "end"))

# The dict reverse iterators follow the live dict.
d = {k: k * 10 for k in range(5)}
for make in (lambda: reversed(d), lambda: reversed(d.keys()), lambda: reversed(d.values()),
             lambda: reversed(d.items())):
    it = make()
    print(next(it), it.__length_hint__())
    d[3] = "changed"
    print(next(it), it.__length_hint__())
    d[3] = 30

# A size change is an error, and stays one.
d = {1: 1, 2: 2, 3: 3}
it = reversed(d)
print(next(it))
d[4] = 4
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError:", e, it.__length_hint__())
del d[4]
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError again:", e)

# Same size, a key deleted and another added: the new one is not seen.
d = {1: 1, 2: 2, 3: 3}
it = reversed(d)
print(next(it))
del d[1]
d[9] = 9
print(list(it), it.__length_hint__())
d = {1: 1, 2: 2, 3: 3}
it = reversed(d.items())
del d[2]
d[7] = 7
print(list(it))
# Emptied and refilled to the same size before iterating.
d = {1: 1, 2: 2}
it = reversed(d.values())
d.clear()
d.update({5: 50, 6: 60})
print(list(it))
# popitem then a new key before the first next.
d = {1: 1, 2: 2, 3: 3}
it = reversed(d)
d.popitem()
d[4] = 4
print(list(it))
# A dict subclass and an empty dict.
class D(dict):
    pass
print(type(reversed(D(a=1, b=2))).__name__, list(reversed(D(a=1, b=2))))
it = reversed({})
print(it.__length_hint__(), list(it))

# Live bytearray.
ba = bytearray(b"abc")
it = reversed(ba)
print(next(it), operator.length_hint(it))
del ba[1:]
print(operator.length_hint(it), list(it))


# A sequence without __reversed__.
class Seq:
    def __init__(self, n, err=None, at=None, length=None):
        self.n, self.err, self.at, self.length = n, err, at, length

    def __len__(self):
        return self.n if self.length is None else self.length

    def __getitem__(self, i):
        if i == self.at:
            raise self.err
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * 2


for err in (IndexError("stop"), StopIteration("stop"), KeyError("k"), ValueError("v")):
    it = reversed(Seq(5, err, 2))
    show_type(it)
    got = []
    try:
        for x in it:
            got.append(x)
            print(x, operator.length_hint(it))
    except Exception as e:
        print(type(e).__name__, e)
    print(got, operator.length_hint(it), next(it, "end"))

# __len__ larger than what __getitem__ gives: stops at the first IndexError.
it = reversed(Seq(3, length=6))
print(operator.length_hint(it), list(it), operator.length_hint(it))

# The length hint follows __len__ as it changes.
s = Seq(4)
it = reversed(s)
print(next(it), it.__length_hint__())
s.length = 2
print(it.__length_hint__())
s.length = 1
print(it.__length_hint__())
s.length = None
print(list(it), it.__length_hint__())
it = reversed(Seq(0))
print(it.__length_hint__(), list(it))


class BadLen:
    fail = False

    def __len__(self):
        if self.fail:
            raise ValueError("len failed")
        return 0

    def __getitem__(self, i):
        raise IndexError


# Until it ends, the hint calls len(); once ended, it no longer does.
b = BadLen()
it = reversed(b)
b.fail = True
try:
    it.__length_hint__()
except ValueError as e:
    print("ValueError", e)
print(next(it, "end"), it.__length_hint__())

# The __reversed__ methods: list, range, dict and the dict views have one; tuple, str,
# bytes and bytearray do not.
for o in ({}, {}.keys(), {}.values(), {}.items(), [], (), "", b"", bytearray(), range(0)):
    print(type(o).__name__, hasattr(o, "__reversed__"), "__reversed__" in type(o).__dict__)
d = {1: 2, 3: 4}
print(list(d.__reversed__()), list(d.items().__reversed__()), type(d.values().__reversed__()).__name__)
print(list([1, 2].__reversed__()), list(range(5).__reversed__()), type(range(2**70).__reversed__()).__name__)
for t in (type({}.keys()), type({}.values()), type({}.items()), list, range, dict):
    print(t.__reversed__.__qualname__, repr(t.__reversed__.__doc__))
print(repr(type(reversed({})).__length_hint__.__doc__))
class L(list):
    pass
class DD(dict):
    pass
print(list(L([1, 2]).__reversed__()), list(DD(a=1).__reversed__()), list(reversed(L([3, 4]))))
for call in (lambda: dict.__reversed__([]), lambda: type({}.keys()).__reversed__({}.values()),
             lambda: list.__reversed__(()), lambda: range.__reversed__(()),
             lambda: dict.__reversed__({}, 1), lambda: list.__reversed__(),
             lambda: type({}.items()).__reversed__({}.items(), 2)):
    try:
        call()
    except TypeError as e:
        print(e)

# reversed()'s argument checks, a mappingproxy, and subclasses of reversed (which
# get what a __reversed__ returns as it is, without calling their __init__).
import types

for call in (lambda: reversed(seq=[]), lambda: reversed(), lambda: reversed([], []),
             lambda: reversed(5), lambda: reversed({1}), lambda: reversed(iter([]))):
    try:
        call()
    except TypeError as e:
        print(e)
mp = types.MappingProxyType({1: 2, 3: 4})
print(type(reversed(mp)).__name__, list(reversed(mp)), list(mp.__reversed__()))
print(repr(types.MappingProxyType.__reversed__.__doc__))


class Sub(reversed):
    def __init__(self, *a):
        print("init", a)


for src in ([1, 2, 3], {1: 2}, (1, 2), b"xy", range(2)):
    it = Sub(src)
    print(type(it).__name__, isinstance(it, Sub), list(it))

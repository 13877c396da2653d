# __length_hint__ on the native iterators that have one in CPython 3.11, what it
# returns as they advance, after their container changes and once exhausted, and
# operator.length_hint using it.
import itertools
import operator


def hints(it, steps):
    out = [it.__length_hint__()]
    for _ in range(steps):
        try:
            next(it)
        except StopIteration:
            out.append("stop")
        out.append(it.__length_hint__())
    return out


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


class SeqLen(Seq):
    def __len__(self):
        return 3


class Rev:
    n = 4

    def __getitem__(self, i):
        return i

    def __len__(self):
        return self.n


samples = {
    "list": lambda: iter([1, 2, 3]),
    "reversed list": lambda: reversed([1, 2, 3]),
    "tuple": lambda: iter((1, 2, 3)),
    "str ascii": lambda: iter("abc"),
    "str": lambda: iter("aé€"),
    "bytes": lambda: iter(b"abc"),
    "bytearray": lambda: iter(bytearray(b"abc")),
    "range": lambda: iter(range(3)),
    "range step": lambda: iter(range(10, 0, -4)),
    "reversed range": lambda: reversed(range(0, 9, 3)),
    "dict": lambda: iter({1: 1, 2: 2, 3: 3}),
    "dict values": lambda: iter({1: 1, 2: 2, 3: 3}.values()),
    "dict items": lambda: iter({1: 1, 2: 2, 3: 3}.items()),
    "set": lambda: iter({1, 2, 3}),
    "frozenset": lambda: iter(frozenset({1, 2, 3})),
    "reversed tuple": lambda: reversed((1, 2, 3)),
    "reversed seq": lambda: reversed(Rev()),
    "iterator with len": lambda: iter(SeqLen()),
    "repeat times": lambda: itertools.repeat("x", 3),
}
for name, make in samples.items():
    it = make()
    print(name, type(it).__name__, "__length_hint__" in type(it).__dict__, hints(it, 4))

# The types without one.
for it in [enumerate([1]), zip([1]), map(abs, [1]), filter(None, [1]), iter(int, 1),
           itertools.count(), itertools.chain([1]), itertools.islice([1], 1),
           itertools.permutations([1]), itertools.combinations([1], 1),
           itertools.product([1]), itertools.accumulate([1]), (x for x in [1])]:
    print(type(it).__name__, "__length_hint__" in type(it).__dict__,
          operator.length_hint(it), operator.length_hint(it, 5))

# An iterator over a sequence without len(): NotImplemented, so the default.
it = iter(Seq())
print(it.__length_hint__(), operator.length_hint(it), operator.length_hint(it, 9))
print(list(it), it.__length_hint__())

# The list grows and shrinks under its iterator.
lst = [1, 2, 3]
it = iter(lst)
next(it)
lst.append(4)
print(it.__length_hint__(), operator.length_hint(it))
del lst[:]
print(it.__length_hint__())
lst.extend(range(5))
print(it.__length_hint__(), next(it), it.__length_hint__())
print(list(it), it.__length_hint__())
lst.append(9)
print(it.__length_hint__(), list(it))

# Reversed over a list that shrinks, then grows back.
lst = [1, 2, 3, 4]
it = reversed(lst)
next(it)
print(it.__length_hint__())
lst.pop()
lst.pop()
print(it.__length_hint__())
lst.extend([7, 8])
print(it.__length_hint__(), list(it), it.__length_hint__())

# Reversed over a sequence whose length changes.
r = Rev()
it = reversed(r)
next(it)
print(it.__length_hint__())
r.n = 2
print(it.__length_hint__())
r.n = 10
print(it.__length_hint__())

# A dict or set whose size changed: 0.
d = {1: 1, 2: 2, 3: 3}
it = iter(d)
next(it)
print(it.__length_hint__())
d[4] = 4
print(it.__length_hint__())
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
print(it.__length_hint__())
del d[4]
print(it.__length_hint__())
s = {1, 2, 3}
it = iter(s)
next(it)
s.add(9)
print(it.__length_hint__())
s.discard(9)
print(it.__length_hint__())

# itertools.repeat without times: TypeError, which operator.length_hint turns into
# its default.
r = itertools.repeat(1)
try:
    r.__length_hint__()
except TypeError as e:
    print("TypeError", e)
print(operator.length_hint(r), operator.length_hint(r, 4))
print(operator.length_hint(itertools.repeat(1, 7)), operator.length_hint(itertools.repeat(1, -3)))

# Large ranges.
big = iter(range(2 ** 40))
next(big)
print(big.__length_hint__(), operator.length_hint(big))

# operator.length_hint with len(), a hint of another type, a negative one.
class Hint:
    def __init__(self, v):
        self.v = v

    def __length_hint__(self):
        if isinstance(self.v, Exception):
            raise self.v
        return self.v


class BadLen:
    def __len__(self):
        raise TypeError("no len")

    def __length_hint__(self):
        return 6


print(operator.length_hint([1, 2]), operator.length_hint(Hint(3)), operator.length_hint(BadLen()))
print(operator.length_hint(Hint(NotImplemented), 8))
print(operator.length_hint(Hint(TypeError("x")), 2))
for v in ["3", -1, ValueError("v")]:
    try:
        print(operator.length_hint(Hint(v)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# Called through the type, with arguments.
it = iter([1, 2])
print(type(it).__length_hint__(it))
try:
    it.__length_hint__(1)
except TypeError as e:
    print("TypeError", e)

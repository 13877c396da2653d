# itertools.tee: n independent iterators over one, each item read from the source once;
# _tee objects copy with __copy__ and tee() of a tee copies it.
import copy
from itertools import count, islice, tee, _tee


class Loud:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            print("  source: stop")
            raise StopIteration
        self.i += 1
        print("  source:", self.i)
        return self.i


a, b = tee(Loud(3))
print(type(a).__name__, type(a) is type(b), a is not b, iter(a) is a)
print("a", next(a))
print("a", next(a))
print("b", next(b))
print("a", list(a))
print("b", list(b))
print("b again", list(b))

print(tee([1, 2], 0), len(tee([1, 2], 1)), [list(t) for t in tee("abc", 3)])
x, = tee("xy", 1)
print(type(x).__name__, list(x))

# tee of a tee copies it: the copies share one buffer.
a, b = tee(iter([1, 2, 3]))
next(a)
c, d = tee(a)
print(c is a, list(c), list(d), list(b))

# copy.copy and __copy__: an independent tee at the same position.
a, = tee(Loud(2), 1)
print("a", next(a))
b = copy.copy(a)
e = a.__copy__()
print(type(b).__name__, "a", list(a), "b", list(b), "e", list(e))
print(list(copy.copy(a)))

# _tee(iterable): a tee; of a tee: a copy.
t = _tee([5, 6])
print(type(t).__name__, next(t))
u = _tee(t)
print(u is t, list(u), list(t))

# Infinite input.
a, b = tee(count())
print(list(islice(a, 5)), list(islice(b, 3)), next(a), next(b))

# Many items held for a lagging tee, and released when it goes.
a, b = tee(range(100000))
print(sum(a))
del b
print(sum(islice(tee(range(10**6))[0], 10)))


# The source's error reaches the reader; the tee can go on after it.
class Flaky:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i == 2:
            raise ValueError("flaky")
        if self.i > 3:
            raise StopIteration
        return self.i


a, b = tee(Flaky())
print(next(a))
try:
    next(a)
except ValueError as e:
    print("ValueError", e)
print(list(a), list(b))

for bad in [lambda: tee(), lambda: tee(1), lambda: tee([], -1), lambda: tee([], "a"),
            lambda: tee([], n=2), lambda: tee([], 1, 2), lambda: tee([], 10**30),
            lambda: _tee(1), lambda: _tee()]:
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)


# A tee read again from inside the source it is reading.
def src():
    yield 1
    yield next(a)


a, b = tee(src())
print(next(a))
try:
    next(a)
except RuntimeError as e:
    print("RuntimeError", e)


def src2():
    yield 1
    yield next(d)


c, d = tee(src2())
print(next(c), next(c), list(d))

# __reduce__ and __setstate__ of the builtins' iterators, as CPython 3.11's: what
# pickle and copy rebuild an iterator from, at its position.
import copy


class Seq:
    def __getitem__(self, i):
        if i < 4:
            return i * 10
        raise IndexError


class Sized:
    def __getitem__(self, i):
        return "abc"[i]

    def __len__(self):
        return 3


def show(v):
    # Reprs of objects with addresses, by type.
    if isinstance(v, tuple):
        return "(" + ", ".join(show(x) for x in v) + ("," if len(v) == 1 else "") + ")"
    r = repr(v)
    return r.split(" object at ")[0] + ">" if " object at " in r else r


MAKERS = {
    "list": lambda: iter([1, 2, 3]),
    "list reversed": lambda: reversed([1, 2, 3]),
    "tuple": lambda: iter((1, 2, 3)),
    "str": lambda: iter("abc"),
    "str non-ascii": lambda: iter("äbç"),
    "bytes": lambda: iter(b"abc"),
    "bytearray": lambda: iter(bytearray(b"abc")),
    "range": lambda: iter(range(1, 9, 3)),
    "range reversed": lambda: reversed(range(5)),
    "range empty": lambda: iter(range(0)),
    "longrange": lambda: iter(range(2 ** 64, 2 ** 64 + 3)),
    "dict keys": lambda: iter({1: 2, 3: 4}),
    "dict values": lambda: iter({1: 2, 3: 4}.values()),
    "dict items": lambda: iter({1: 2, 3: 4}.items()),
    "dict reversed": lambda: reversed({1: 2, 3: 4}),
    "dict reversed items": lambda: reversed({1: 2, 3: 4}.items()),
    "set": lambda: iter({1, 2}),
    "sequence": lambda: iter(Seq()),
    "callable": lambda: iter([None, None, 3, 2, 1].pop, None),
    "reversed": lambda: reversed(Sized()),
    "enumerate": lambda: enumerate([5, 6], 10),
    "zip": lambda: zip([1, 2], "ab"),
    "zip strict": lambda: zip([1, 2], "ab", strict=True),
    "map": lambda: map(abs, [-1, -2]),
    "filter": lambda: filter(None, [1, 0, 2]),
    "filter func": lambda: filter(bool, [1, 0, 2]),
}

for name, make in MAKERS.items():
    it = make()
    t = type(it)
    print(name, t.__name__, "__reduce__" in vars(t), "__setstate__" in vars(t))
    print("   new:", show(it.__reduce__()))
    first = next(it, "(none)")
    print("   after", show(first) + ":", show(it.__reduce__()))
    c = copy.copy(it)
    print("   copy:", type(c).__name__, show(list(c)), "then the original:", show(list(it)))
    print("   ended:", show(it.__reduce__()))

# The copy goes on independently of the original, from the same place.
it = iter([1, 2, 3, 4])
next(it)
c = copy.copy(it)
print(next(it), next(c), next(c), list(it), list(c))
it = iter("hello")
next(it)
d = copy.deepcopy(it)
print(next(d), next(it), list(d), list(it))
r = reversed(range(10, 0, -2))
next(r)
print(list(copy.copy(r)), list(r))

# __setstate__ moves an iterator, clamped to the sequence as CPython clamps it.
for make, states in (
    (lambda: iter([1, 2, 3]), (0, 2, 3, 5, -4)),
    (lambda: reversed([1, 2, 3]), (0, 2, 5, -1, -7)),
    (lambda: iter((1, 2, 3)), (1, 9, -2)),
    (lambda: iter("äbc"), (1, 9, -2)),
    (lambda: iter(b"abc"), (1, 9, -2)),
    (lambda: iter(bytearray(b"abc")), (1, 9, -2)),
    (lambda: iter(range(3, 30, 3)), (2, 99, -1)),
    (lambda: iter(range(2 ** 64, 2 ** 64 + 5)), (2, 99, -1)),
    (lambda: iter(Seq()), (2, 9, -2)),
    (lambda: reversed(Sized()), (0, 1, 9, -5)),
):
    for s in states:
        it = make()
        it.__setstate__(s)
        print(type(it).__name__, s, show(it.__reduce__()), show(list(it)))
for bad in ("x", 1.5, None):
    try:
        iter([1]).__setstate__(bad)
    except TypeError as e:
        print("TypeError:", e)
it = iter([1])
list(it)
print(it.__setstate__(0), list(it), show(it.__reduce__()))
z = zip([1, 2], [3])
z.__setstate__(True)
print(show(z.__reduce__()))
try:
    list(z)
except ValueError as e:
    print("ValueError:", e)
z.__setstate__(0)
print(show(z.__reduce__()))
for call in (
    lambda: iter([]).__reduce__(1),
    lambda: type(iter([])).__reduce__(iter(())),
    lambda: type(iter([])).__setstate__(iter([])),
    lambda: type(iter([])).__setstate__(iter(()), 1),
    lambda: iter([]).__setstate__(),
):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

# A dict or set changed since: reducing is the error iterating would be.
d = {1: 2}
it = iter(d)
d[3] = 4
try:
    it.__reduce__()
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1}
it = iter(s)
s.add(2)
try:
    it.__reduce__()
except RuntimeError as e:
    print("RuntimeError:", e)


# Subclasses of the builtins' iterator classes reduce to their own class.
class E(enumerate):
    pass


class Z(zip):
    pass


class M(map):
    pass


class F(filter):
    pass


class R(reversed):
    pass


for it in (E("ab"), Z("a", "b"), M(str, [1]), F(None, [1]), R([1, 2])):
    r = it.__reduce__()
    print(type(it).__name__, show(r), type(copy.copy(it)).__name__)

# zip goes back to its iterators after it has ended, as CPython's does.
class Again:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n == 2:
            raise StopIteration
        return self.n


z = zip(Again(), "xyz")
print(list(z), list(z), show(z.__reduce__()))

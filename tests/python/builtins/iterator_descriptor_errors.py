# An iterator type's __next__, __iter__ and __length_hint__ called through the class
# with no object or an object of another type: CPython's TypeErrors (a slot
# wrapper's for __next__ and __iter__, a method descriptor's for __length_hint__).
import itertools

samples = [
    iter([1]), reversed([1]), iter((1,)), iter("a"), iter("é"), iter(b"a"),
    iter(bytearray(b"a")), iter(range(2)), iter({1: 2}), iter({1: 2}.values()),
    iter({1: 2}.items()), iter({1}), enumerate([1]), zip([1]), map(abs, [1]),
    filter(None, [1]), iter(int, 1), reversed((1, 2)), itertools.repeat(1),
    itertools.count(), itertools.chain([1]), itertools.islice([1], 1),
    itertools.permutations([1]), itertools.combinations([1], 1),
    itertools.product([1]), itertools.accumulate([1]),
]


def show(f, *args):
    try:
        r = f(*args)
        print("  ok", r if isinstance(r, int) else type(r).__name__)
    except (TypeError, StopIteration) as e:
        print("  %s: %s" % (type(e).__name__, e))


for it in samples:
    t = type(it)
    print(t.__name__)
    for name in ["__next__", "__iter__", "__length_hint__"]:
        f = t.__dict__.get(name)
        if f is None:
            continue
        show(f, [])
        show(f)
        show(f, zip())
        show(f, it)

try:
    zip.__next__([])
except TypeError as e:
    print(e)


# A subclass's instance is accepted.
class Z(zip):
    pass


z = Z([1, 2], [3, 4])
print(zip.__next__(z), zip.__iter__(z) is z)
try:
    map.__next__(z)
except TypeError as e:
    print(e)

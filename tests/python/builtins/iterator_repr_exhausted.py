# The repr of builtin iterators names their type, before and after they are exhausted
# (an exhausted iterator used to say 'iterator'); itertools' types are named by their
# module (`__name__` chain, `__module__` itertools).
import itertools


def kind(it):
    return repr(it).split(" object at ")[0]


makers = [
    lambda: iter([1, 2]), lambda: iter((1,)), lambda: iter("ab"), lambda: iter("é"),
    lambda: iter(range(2)), lambda: iter({1: 2}), lambda: iter({1}),
    lambda: reversed([1]), lambda: reversed((1, 2)), lambda: iter(b"a"),
    lambda: iter({1: 2}.values()), lambda: iter({1: 2}.items()),
    lambda: enumerate([1]), lambda: zip([1], [2]), lambda: map(str, [1]),
    lambda: filter(None, [1]), lambda: iter(iter([1, 2, 3]).__next__, 3),
    lambda: itertools.chain([1], [2]), lambda: itertools.islice([1, 2], 1),
]
for make in makers:
    it = make()
    before = kind(it)
    for _ in it:
        pass
    print(type(it).__name__, type(it).__module__, before, kind(it))

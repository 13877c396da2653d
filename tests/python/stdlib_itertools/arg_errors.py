# The new itertools functions reject bad arguments with CPython's errors.
import itertools as it

cases = [
    "it.cycle()", "it.cycle(1)", "it.cycle([], [])", "it.cycle(x=[])",
    "it.zip_longest(1)", "it.zip_longest([], foo=1)", "it.zip_longest([], fillvalue=1, x=2)",
    "it.starmap(len)", "it.starmap(len, 1)", "next(it.starmap(len, [1]))", "it.starmap(func=len, iterable=[])",
    "it.takewhile(bool)", "it.dropwhile(bool, 1)", "it.takewhile(bool, [], x=1)", "it.dropwhile()",
    "it.filterfalse(None)", "it.filterfalse(None, 1)", "it.filterfalse(None, [], [])",
    "it.compress([])", "it.compress(1, [])", "it.compress([], 1)", "it.compress([1], [1], [1])", "it.compress(data=[1], x=1)",
    "it.compress([1], data=[1])",
    "it.pairwise()", "it.pairwise(1)", "it.pairwise(iterable=[1])",
    "it.combinations_with_replacement([], -1)", "it.combinations_with_replacement([])",
    "it.combinations_with_replacement([1], 'a')", "it.combinations_with_replacement([1], 2, 3)",
    "it.combinations_with_replacement(1, -1)", "it.combinations_with_replacement([1], 10**30)",
    "next(it.takewhile(len, [1]))", "next(it.dropwhile(len, [1]))", "next(it.filterfalse(len, [1]))",
    "next(it.compress([1], [Bad()]))", "next(it.zip_longest([1], Boom()))",
]


class Bad:
    def __bool__(self):
        raise ValueError("no truth")


class Boom:
    def __iter__(self):
        return self

    def __next__(self):
        raise KeyError("boom")


for c in cases:
    try:
        r = eval(c)
        print(c, "->", type(r).__name__)
    except Exception as e:
        print(c, "!!", type(e).__name__, e)

# After an error from the predicate, the iterator goes on.
t = it.takewhile(lambda x: 10 // x, iter([1, 0, 2, 100]))
print(next(t))
try:
    next(t)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(list(t))
# zip_longest ends after an error.
z = it.zip_longest([1, 2], Boom())
try:
    next(z)
except KeyError as e:
    print("KeyError", e)
print(list(z))


# pairwise ends after an error from its source.
def gen():
    yield 1
    raise KeyError("src")


p = it.pairwise(gen())
try:
    next(p)
except KeyError as e:
    print("KeyError", e)
print(list(p))

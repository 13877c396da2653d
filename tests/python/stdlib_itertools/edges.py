# Edge cases of the older itertools functions: islice's argument checks and walk,
# accumulate's initial, product's repeat, count with floats and other numbers,
# permutations/combinations arguments, repeat's times.
import itertools as it
from itertools import accumulate, combinations, count, islice, permutations, product, repeat


class Idx:
    def __index__(self):
        return 2


print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 4)), list(islice("abcdefg", 2, None)))
print(list(islice("abcdefg", 0, None, 2)), list(islice("abcdefg", None)), list(islice("abc", None, None, None)))
print(list(islice(range(10), 5, 3)), list(islice(range(10), Idx(), None, Idx())), list(islice("ab", True)))
print(list(islice(range(5), 2**63 - 1)), list(islice(it.count(), 10**6, 10**6 + 2)))
for args in [(-1,), ("a",), (1.5,), (2**63,), (-2,), (-1, 2), ("a", 2), (10**30, 5), (1, -2), (2, 10**30),
             (-3, -1), (1, -1), (1, 2, 0), (1, 2, -1), (1, 2, "a"), (1, 2, 10**30), (None, None, -5)]:
    try:
        islice([], *args)
        print(args, "ok")
    except ValueError as e:
        print(args, "ValueError", e)
for bad in [lambda: islice([]), lambda: islice(1, 2), lambda: islice([], stop=1), lambda: islice([], 1, 2, 3, 4),
            lambda: islice(1, -1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=5)), list(accumulate([1, 2], initial=None)))
print(list(accumulate([1, 2, 3], None, initial=0)), list(accumulate([3, 1, 2], max)), list(accumulate(iterable=[1, 2], func=lambda a, b: a * b)))
print(type(accumulate([1], initial=0)).__name__, list(accumulate("abc")))
print(list(islice(accumulate(count(), initial=-1), 4)))
acc = accumulate([1, "x", 2])
print(next(acc))
try:
    next(acc)
except TypeError as e:
    print("TypeError", e)
print(next(acc))

print(list(product("ab", repeat=2)), list(product(repeat=3)), list(product("ab", repeat=0)))
print(list(product("ab", [1, 2])), list(product("ab", [])), list(product(range(2), repeat=10**18)) if False else len(list(product(range(2), repeat=4))))
print(list(product(repeat=10**18)))
print(list(permutations("abc", 2)), list(permutations("ab", None)), list(permutations("ab", 3)), list(permutations("ab", True)))
print(list(permutations([], 0)), list(permutations([])), list(permutations(iterable="ab", r=1)))
print(list(combinations("abcd", 3)), list(combinations("ab", 0)), list(combinations("ab", 3)), list(combinations(iterable="ab", r=2)))

c = count(0.5, 0.1)
print([next(c) for _ in range(5)], repr(c))
c = count(1, 0.25)
print([next(c) for _ in range(3)], repr(c))
print(list(islice(count(2**63 - 2), 3)), list(islice(count(10, -3), 4)), list(islice(count(1j, 1 + 1j), 3)))
print(repr(count(True)), next(count(True)), repr(count(True, 2)), next(count(True, 2)), repr(count(step=0.5)), repr(count(start=3, step=2)))
c = count(True)
next(c)
print(repr(c))

print(list(repeat("x", 3)), list(repeat(1, -5)), repr(repeat(1, times=-5)), list(repeat(object="o", times=2)), list(repeat(1, Idx())))
print(repeat(1, 3).__length_hint__(), list(islice(repeat(None), 3)))

for bad in ["combinations([1], 2, 3)", "combinations([1], iterable=[1])", "combinations()", "combinations([1])",
            "combinations(1, 'a')", "combinations(1, -1)", "combinations([1], -1)", "combinations([1], 10**30)",
            "permutations([1], 2, 3)", "permutations([], -1)", "permutations(1, 'a')", "permutations([1], Idx())",
            "permutations([], 'a')", "permutations()", "permutations([1], 10**30)",
            "product([], repeat=-1)", "product(1)", "product([], foo=1)", "product([], repeat='a')", "product([1], repeat=2**62)",
            "count('a')", "count(1, 'a')", "count(1.5, 'x')", "count(1, 2, 3)", "count(1, start=2)", "count(x=1)", "count(object())",
            "repeat()", "repeat(1, 2, 3)", "repeat(1, object=2)", "repeat(1, 'a')", "repeat(1, times=None)", "repeat(1, 10**30)",
            "accumulate()", "accumulate([1], None, None)", "accumulate([1], foo=1)", "accumulate([1], func=None, initial=None, iterable=[2])",
            "accumulate(1)", "it.chain(x=1)"]:
    try:
        eval(bad)
        print(bad, "ok")
    except (TypeError, ValueError, OverflowError) as e:
        print(bad, type(e).__name__, e)
print(repr(count(Idx())).split(" object")[0], repr(count(1, Idx())).split(" object")[0])

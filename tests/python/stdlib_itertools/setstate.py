# __setstate__ of itertools' iterators, as CPython 3.11's: the state each takes back
# (clamped where CPython clamps it) and its errors for a wrong one.
import itertools as it
import re


def show(v):
    return re.sub(" at 0x[0-9a-f]+", "", repr(v))


def attempt(make, *states):
    for s in states:
        x = make()
        try:
            x.__setstate__(s)
            got = list(it.islice(x, 8))
            print("  %s -> %s" % (show(s), show(got)))
        except Exception as e:
            print("  %s -> %s: %s" % (show(s), type(e).__name__, e))


print("permutations")
attempt(
    lambda: it.permutations("abc", 2),
    None, (), ((0, 1, 2),), ((0, 1, 2), (3, 2)), ((2, 1, 0), (1, 1)), ((0, 1), (3, 2)),
    ((0, 1, 2), (3,)), ((5, -1, 2), (9, -4)), ([0, 1, 2], (3, 2)), ((0, 1, 2), [3, 2]),
    ((0, "a", 2), (3, 2)), ((0, 2**70, 2), (3, 2)),
)
attempt(lambda: it.permutations("ab", 0), ((), ()), ((0, 1), ()))
print("combinations")
attempt(
    lambda: it.combinations("abcd", 2),
    None, (), (0,), (1, 3), (0, 9), (3, -2), [0, 1], (0, "a"), (True, 2),
)
attempt(lambda: it.combinations("ab", 0), (), (0,))
print("combinations_with_replacement")
attempt(
    lambda: it.combinations_with_replacement("abc", 2),
    None, (), (0,), (1, 2), (0, 9), (2, -2), [0, 1],
)
print("product")
attempt(
    lambda: it.product("ab", "cde"),
    None, (), (0,), (1, 2), (5, 9), (-1, -2), [0, 1], (0, 1, 2), (0, None),
)
attempt(lambda: it.product(), (), (0,))
print("islice")
attempt(lambda: it.islice("abcdef", 1, None), None, 0, 3, -1, "x", 2**70, 99, True)
attempt(lambda: it.islice("abcdef", 1, 4), 0, 2, 5)
print("zip_longest")
attempt(lambda: it.zip_longest("ab", "c"), None, "q", [1])
print("dropwhile")
attempt(lambda: it.dropwhile(lambda x: x < 2, [1, 2, 1]), None, 0, 1, "x", [])
print("takewhile")
attempt(lambda: it.takewhile(lambda x: x < 2, [1, 2, 1]), None, 0, 1, "x", [])
print("accumulate")
attempt(lambda: it.accumulate([1, 2]), None, 7, "x")
attempt(lambda: it.accumulate([1, 2], initial=100), 7)
print("cycle")
attempt(
    lambda: it.cycle("ab"),
    None, (), ([1],), ([1], 0, 2), ((1,), 0), ([1], 0), ([1], 1), ([], 1), ([], 0),
    ([1], 2**70), ([1], 2**40), ([1], "x"), ([1], 2.5), ([1], True),
)
c = it.cycle("ab")
print(" ", [next(c) for _ in range(3)])
c.__setstate__(([1, 2, 3], 0))
print("  past its first pass, from the start of the new list:", [next(c) for _ in range(5)])
c = it.cycle("abc")
next(c)
c.__setstate__(([1, 2, 3], 1))
print("  the rest of its iterator, then the list:", [next(c) for _ in range(6)])
saved = [1, 2]
c = it.cycle("x")
c.__setstate__((saved, 0))
next(c)
print("  the list is the cycle's own:", saved, c.__reduce__()[2][0] is saved)
print("chain")
attempt(
    lambda: it.chain("ab"),
    None, (), (1,), (iter("x"), 2), (iter("xy"),), (iter("x"), iter("zz")),
    (iter([]), "abc"), (1, 2, 3), ("ab",),
)
print("groupby")
attempt(
    lambda: it.groupby("aabbc"),
    None, (1, 2), (1, 2, 3), (1, 2, 3, 4), ("a", "a", "a"), ("z", "y", "z"),
)

print("argument counts")
for x in (it.accumulate([]), it.chain(), it.cycle(""), it.islice("", 1)):
    for args in ((), (1, 2)):
        try:
            x.__setstate__(*args)
        except TypeError as e:
            print(" ", e)
for x in (it.count(), it.repeat(1), it.groupby("")):
    try:
        x.__reduce__(1)
    except TypeError as e:
        print(" ", e)
try:
    it.chain.__setstate__(it.count(), ())
except TypeError as e:
    print(" ", e)
try:
    it.count.__reduce__(iter([]))
except TypeError as e:
    print(" ", e)
print("without __setstate__")
for x in (it.count(), it.repeat(1), it.compress("a", "b"), it.filterfalse(None, ""),
          it.starmap(None, ""), it.pairwise(""), it.groupby("")):
    print(" ", type(x).__name__, hasattr(x, "__setstate__"), "__reduce__" in vars(type(x)))

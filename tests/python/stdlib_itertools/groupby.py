# itertools.groupby: consecutive runs by key; the groups share the underlying iterator,
# so advancing the groupby ends the previous group; keys compare with ==.
from itertools import groupby, islice, count

print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
print([(k, list(g)) for k, g in groupby([1, 1.0, True, 2, 2.0], key=None)])
print([(k, "".join(g)) for k, g in groupby("aAbBBa", key=str.lower)])
print([(k, list(g)) for k, g in groupby(range(10), lambda x: x // 3)])
print(list(groupby([])))

# Groups kept for later are empty once the groupby has moved on.
groups = []
for k, g in groupby("aaabbc"):
    groups.append((k, g))
print([(k, list(g)) for k, g in groups])
gb = groupby("aaabbc")
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))

# A group read only in part: the groupby skips the rest.
gb = groupby("xxxyyz")
k, g = next(gb)
print(k, next(g))
print([(k, list(g)) for k, g in gb])

# A group read to its end has read the next group's first item; that item starts the
# next group.
gb = groupby([1, 1, 2, 2, 3])
k, g = next(gb)
print(k, list(g), list(g))
k, g = next(gb)
print(k, list(g))

# The groups' type, and the groupby's.
gb = groupby("ab")
k, g = next(gb)
print(type(gb).__name__, type(g).__name__, type(g) is type(next(groupby("x"))[1]), iter(g) is g)

# Infinite input.
gb = groupby(count(), lambda x: x // 4)
print([(k, list(g)) for k, g in islice(gb, 3)])

# The key function is called once per item.
calls = []


def key(x):
    calls.append(x)
    return x % 2


print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5], key)], calls)


# Keys compare with ==; an object is equal to itself even when __eq__ says no.
class Never:
    def __eq__(self, other):
        return False

    __hash__ = object.__hash__

    def __repr__(self):
        return "N"


n = Never()
print([(k, len(list(g))) for k, g in groupby([n, n, Never()])])


# An error from the key function reaches the caller; the groupby goes on after it.
def bad_key(x):
    if x == 3:
        raise ValueError("bad item %r" % x)
    return x


gb = groupby([1, 3, 4], bad_key)
print(next(gb)[0])
try:
    next(gb)
except ValueError as e:
    print("ValueError", e)
print([(k, list(g)) for k, g in gb])

for bad in [lambda: groupby(), lambda: groupby(1), lambda: groupby([], None, 3),
            lambda: groupby([1], foo=1), lambda: groupby([1], iterable=[2])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print([(k, list(g)) for k, g in groupby(iterable="aab", key=None)])

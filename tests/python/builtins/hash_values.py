print(hash(0), hash(1), hash(-1), hash(-2), hash(42), hash(-42))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 61 + 5), hash(-(2 ** 61)), hash(2 ** 100), hash(-(2 ** 100)))
print(hash(True), hash(False), hash(1.0), hash(1.5), hash(-0.0), hash(0.5), hash(float("inf")), hash(-float("inf")))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((-1,)), hash((None,)) == hash((None,)))
print(hash(None) == hash(None), hash(1) == hash(1.0) == hash(True), hash(2 ** 64) == hash(2.0 ** 64))
print(hash(frozenset()) == hash(frozenset()), hash(range(3)) == hash(range(3)))
print(hash(1 + 0j) == hash(1), hash(3j) == hash(3j))
for bad in ([], {}, set(), ([],)):
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)

print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1,)) != hash((2,)))
d = {(1, 2): "a", (3,): "b", (): "empty"}
print(d[(1, 2)], d[3,], d[()])
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {([1], 2): 3}
except TypeError as e:
    print(type(e).__name__, e)
print({(1, 2), (1, 2), (2, 1)} == {(2, 1), (1, 2)})

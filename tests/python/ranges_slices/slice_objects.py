s = slice(1, 10, 2)
print(s, repr(s), s.start, s.stop, s.step)
print(slice(5), slice(None), slice(1, None), slice(None, None, -1), slice("a", "b"))
data = list(range(20))
print(data[s], data[slice(5)], data[slice(None, None, -5)], "abcdef"[slice(1, -1)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
print(slice(None).indices(10), slice(None, None, -1).indices(10), slice(-3, None).indices(10))
print(slice(2, 100, 3).indices(10), slice(-100, -50).indices(10), slice(5, 1, -2).indices(4))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)

values = [1, 1.5, 1j, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset(), None, True, range(1), len, print, (lambda: 0), ValueError("x"), ...]
for v in values:
    print(type(v), type(v).__name__)
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1, (str, (int, float))))
print(isinstance("s", str), isinstance(1.0, int), isinstance(None, type(None)), isinstance([], (list, tuple)))
print(type(1) is int, type(True) is bool, type(True) is int, type(type(1)), type(int))
print(issubclass(bool, int), issubclass(int, object), issubclass(int, (str, object)))
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(int), str(float), repr(type(None)), repr(len), repr(print))

cases = [
    ("abc",),
    ("",),
    ("  ",),
    ("1.5",),
    ("1__0",),
    ("_1",),
    ("1_",),
    ("12", 2),
    ("0x", 16),
    ("010", 0),
    ("g", 16),
    ("9", 8),
    ("1", 37),
    ("1", 1),
    ("0x10", 10),
    ("١٢٣",),
]
for args in cases:
    try:
        print(repr(args), "->", int(*args))
    except ValueError as e:
        print(repr(args), type(e).__name__, e)
for bad in (None, [1], 1j):
    try:
        int(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)

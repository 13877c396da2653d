for t in (int, float, str, bool, complex, bytes, bytearray, tuple, list, set, frozenset, dict):
    try:
        t(1, 2, 3, 4)
    except TypeError as e:
        print(t.__name__, e)
for f in (lambda: str(b'a', 'utf-8', 'strict', x=1), lambda: complex(1, 2, imag=3), lambda: int("5", base=10, x=1)):
    try:
        f()
    except TypeError as e:
        print(e)
print(int("ff", 16), str(b"hi", "ascii"), complex(1, 2), bytes(3), bytearray(b"x"), complex(imag=2))

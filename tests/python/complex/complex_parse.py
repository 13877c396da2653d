for s in ("1+2j", "-1-2j", "1j", "-j", "j", "+1.5e3-2.5e-3j", "(1+2j)", " ( 4-5j ) ", "inf+nanj",
          "1 + 2j", "1+2", "abc", "", "1+2jj", "1_0+2_0j"):
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
try:
    complex("1", 2)
except TypeError as e:
    print(type(e).__name__, e)
print(complex(1 + 2j, 1j), complex(2, 1 + 1j))

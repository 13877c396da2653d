# Fraction arithmetic with Fraction, int, float, complex; exactness, results' types, errors.
from fractions import Fraction as F
import math

a, b = F(1, 3), F(-5, 4)
others = [F(2, 7), 3, -2, True, 0.5, 1.5 + 2j, F(0)]
ops = [("+", lambda x, y: x + y), ("-", lambda x, y: x - y), ("*", lambda x, y: x * y),
       ("/", lambda x, y: x / y), ("//", lambda x, y: x // y), ("%", lambda x, y: x % y),
       ("divmod", divmod), ("**", lambda x, y: x ** y)]
for x in (a, b):
    for y in others:
        for name, op in ops:
            for left, right in ((x, y), (y, x)):
                try:
                    r = op(left, right)
                    print(repr(left), name, repr(right), "=", repr(r), type(r).__name__)
                except (ZeroDivisionError, TypeError, ValueError, OverflowError) as e:
                    print(repr(left), name, repr(right), type(e).__name__, e)
print(repr(F(2, 3) ** 3), repr(F(2, 3) ** -3), repr(F(-2, 3) ** -3), repr(F(-2, 3) ** -2),
      repr(F(4, 9) ** F(1, 2)), repr(F(4) ** F(2)), repr(2 ** F(3)), repr(2 ** F(-1)),
      repr(F(1, 2) ** 0), repr(4 ** F(1, 2)), repr(2.0 ** F(2)), repr((-8) ** F(1, 3)))
for bad in [lambda: F(0) ** -1, lambda: F(1, 2) / 0, lambda: 1 / F(0), lambda: F(1) // F(0),
            lambda: F(1) % 0, lambda: divmod(F(1), 0), lambda: F(1) + "1", lambda: "1" * F(2),
            lambda: F(1) < 1j, lambda: F(1) ** "x", lambda: F(1) // 1j, lambda: F(1) + None]:
    try:
        print(repr(bad()))
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
print(repr(-a), repr(+a), repr(abs(b)), bool(F(0)), bool(a), int(b), int(F(7, 2)), int(F(-7, 2)))
print(math.trunc(b), math.floor(b), math.ceil(b), math.floor(F(7, 2)), math.ceil(F(7, 2)))
print([round(F(n, 2)) for n in range(-5, 6)], type(round(F(5, 2))).__name__)
print(repr(round(F(22, 7), 2)), repr(round(F(22, 7), 0)), repr(round(F(12345, 1), -2)),
      repr(round(F(-15, 1), -1)), repr(round(F(25, 1), -1)))
x = sum(F(1, n) for n in range(1, 21))
print(repr(x), float(x))
print(float(F(10**400 + 1, 3 * 10**399)), float(F(1, 3)), complex(F(1, 4)), F(1, 4).real, F(1, 4).imag,
      repr(F(1, 4).conjugate()))
print([10, 20, 30][int(F(5, 2))], range(10)[F(4, 1).__int__()])

# Fraction construction: ints, pairs, strings, floats, other rationals; errors.
from fractions import Fraction as F
import fractions
import numbers

for args in [(), (7,), (-7,), (3, 4), (6, 8), (-6, 8), (6, -8), (-6, -8), (0, 5), (0, -5),
             (True,), (True, True), (F(1, 2), F(3, 4)), (F(5, 3),), (2, F(1, 3)), (10**30, 4 * 10**20)]:
    f = F(*args)
    print(args, repr(f), str(f), f.numerator, f.denominator, type(f.numerator).__name__)
for s in ["3/4", " -3/4 ", "+5", "0", "-0", "1.5", "-.125", "1e3", "1E-3", "2.5e+2", "  7 / -1",
          "7/-1", "1_000/3", "1__0", "0.000_1", "12.", ".5", "1/2/3", "", " ", "abc", "1.2.3",
          "inf", "nan", "3/0", "1e", "1.5/2", "-", "0x10", "٣/٤", "\t10\n", "3 /4", "3/ 4", "1e1_0",
          "00012/0004"]:
    try:
        print(repr(s), repr(F(s)))
    except (ValueError, ZeroDivisionError) as e:
        print(repr(s), type(e).__name__, e)
for x in [0.5, 0.1, -2.75, 1e300, 5e-324, 0.0, -0.0, 3.0]:
    print(x, repr(F(x)), repr(F.from_float(x)))
for bad in [float("nan"), float("inf"), float("-inf")]:
    for maker in (F, F.from_float):
        try:
            maker(bad)
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
print(repr(F.from_float(5)), repr(F.from_decimal(5)))
for call in [lambda: F(1.5, 2), lambda: F("1", 2), lambda: F(1, 2.0), lambda: F([1]),
             lambda: F(None), lambda: F(1j), lambda: F(1, 0), lambda: F(0, 0), lambda: F(F(1), F(0)),
             lambda: F.from_float("1"), lambda: F.from_float(1j), lambda: F.from_decimal(1.5),
             lambda: F("1", None), lambda: F(numerator=3, denominator=6), lambda: F(3, denominator=9)]:
    try:
        print(repr(call()))
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(F(3, 4).as_integer_ratio(), F(-5).as_integer_ratio())
print(isinstance(F(1), numbers.Rational), issubclass(F, numbers.Real), fractions.__all__)
print(F.__slots__, hasattr(F(1), "__dict__"))
try:
    F(1).x = 1
except AttributeError as e:
    print("AttributeError")
class Sub(F):
    pass
s = Sub(3, 6)
print(repr(s), type(s + 1).__name__, type(+s).__name__, repr(Sub("2.5")), type(Sub.from_float(0.5)).__name__)
import copy
f = F(2, 3)
print(copy.copy(f) is f, copy.deepcopy(f) is f, repr(copy.copy(s)), copy.copy(s) is s, f.__reduce__())

# math.fsum: infinities and nans kept apart, intermediate overflow, correct final rounding.
import math
import random

inf, nan = float("inf"), float("nan")
for data in [[1, inf], [inf, 1], [inf, inf], [-inf, -inf, 5], [1, nan], [nan, inf], [inf, -inf],
             [-inf, 1, inf], [1e308, 1e308], [1e308, 1e308, -1e308], [-1e308, -1e308],
             [1e308, -1e308, 1e308], [1e308, 1e308, inf], [], [0.0], [-0.0], [-0.0, -0.0],
             [1, 1e100, 1, -1e100] * 1000, [0.1] * 10, [1e16, 1.0, 1e-16],
             [2.0**53, -0.5, -2.0**-54], [2.0**53, 1.0, 2.0**-100], [1.0, -2.0**-54, -2.0**-107],
             [2.0**1023, 2.0**970, -2.0**1023], [5e-324, 5e-324, -1e-323], [1.7976931348623157e308, 9.979201547673598e291]]:
    try:
        print(repr(math.fsum(data)))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
r = random.Random(7)
exactness = []
for trial in range(200):
    xs = [r.uniform(-1, 1) * 2.0 ** r.randrange(-60, 60) for _ in range(r.randrange(1, 30))]
    from fractions import Fraction
    exact = float(sum(Fraction(x) for x in xs))
    exactness.append(math.fsum(xs) == exact)
print(all(exactness), len(exactness))
try:
    math.fsum([1, "a"])
except TypeError as e:
    print("TypeError", e)

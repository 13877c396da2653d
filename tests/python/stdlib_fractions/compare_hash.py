# Fraction comparisons and hashing against int, float, complex; limit_denominator.
from fractions import Fraction as F
import math

vals = [F(1, 2), F(-1, 3), F(5), F(0)]
others = [0.5, 0, 5, 5.0, -0.3333333333333333, float("inf"), float("-inf"), float("nan"),
          F(2, 4), 0.5 + 0j, 0.5 + 1j, True, False, "1/2", None, 1e300]
for v in vals:
    for o in others:
        row = []
        for name, op in (("==", lambda x, y: x == y), ("!=", lambda x, y: x != y),
                         ("<", lambda x, y: x < y), ("<=", lambda x, y: x <= y),
                         (">", lambda x, y: x > y), (">=", lambda x, y: x >= y)):
            try:
                row.append("%s%s" % (name, op(v, o)))
            except TypeError as e:
                row.append("%s:%s" % (name, e))
        print(repr(v), repr(o), " ".join(row))
    print(repr(v), "reversed", 0.5 == v, 0.5 < v, 5 >= v, v == v)
for f in [F(1, 2), F(-1, 2), F(5), F(-5), F(1, 3), F(-1, 3), F(0), F(10**30), F(1, 10**30),
          F(1, 2**61 - 1), F(-1, 2**61 - 1), F(3, 2 * (2**61 - 1)), F(-2, 1), F(-1, 1), F(7, 4)]:
    print(repr(f), hash(f))
print(hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5) == hash(5.0), hash(F(-1)) == hash(-1) == -2,
      hash(F(1, 10)) == hash(F(1, 10)), hash(F(1, 10)) == hash(0.1))
print(len({F(1, 2), 0.5, F(2, 4), 1, F(1), 1.0, True}))
print(sorted([F(1, 3), 0.25, 1, F(-1, 2), -0.75, F(7, 8)]), max(F(1, 3), 0.3), min(1, F(3, 4)))

pi = F("3.141592653589793")
for m in [1, 2, 6, 7, 8, 57, 100, 113, 1000, 10**6, 10**20]:
    print(m, repr(pi.limit_denominator(m)))
for f, m in [(F(1, 3), 3), (F(1, 3), 2), (F(-13, 37), 10), (F(3, 8), 2), (F(5, 8), 2), (F(1, 4), 1),
             (F(3, 4), 1), (F(7), 5), (F(-1, 2), 1), (F(0.1), 100), (F(1, 7), 6)]:
    print(repr(f), m, repr(f.limit_denominator(m)))
for m in [0, -1]:
    try:
        F(1, 3).limit_denominator(m)
    except ValueError as e:
        print("ValueError", e)
print(repr(F(math.pi).limit_denominator()), repr(F(0.1).limit_denominator()))

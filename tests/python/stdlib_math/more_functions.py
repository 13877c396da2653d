"""math's hyperbolic, exponential/logarithmic, error-function and float-layout functions
(sinh … atanh, cbrt, exp2, expm1, log1p, erf, erfc, frexp, ldexp, remainder, nextafter,
ulp), dist and lcm: values, CPython's domain and range errors, and the wording of
miscounted calls."""
import math

inf, nan = math.inf, math.nan


def show(f, *args):
    try:
        r = f(*args)
        print(f.__name__, args, repr(r))
    except (ValueError, OverflowError, TypeError) as e:
        print(f.__name__, args, type(e).__name__, e)


for f in (math.sinh, math.cosh, math.tanh, math.asinh, math.expm1, math.exp2, math.cbrt,
          math.erf, math.erfc):
    for x in (0.0, -0.0, 0.5, -1.25, 3, 20.0, 710.0, -710.0, inf, -inf, nan):
        show(f, x)
for x in (1.0, 0.5, 2, 1e308, inf, nan, -1.0):
    show(math.acosh, x)
for x in (0.0, 0.5, -0.99, 1.0, -1.0, 2.0, nan):
    show(math.atanh, x)
for x in (0.0, 1e-20, -0.5, -1.0, -2.0, 1e300, inf, nan):
    show(math.log1p, x)

for x in (0.0, -0.0, 1.0, 8.0, -3.5, 1e-310, 1e308, inf, nan):
    show(math.frexp, x)
for x, i in ((1.0, 10), (0.75, -1), (1.0, 1024), (1.0, -1075), (-2.0, 10**30), (3.0, -10**30),
             (0.0, 10**30), (inf, 5), (1.0, 2.5), (1.0, True)):
    show(math.ldexp, x, i)

for x, y in ((10, 3), (11, 3), (-7.5, 2), (5, 0), (inf, 2), (3, inf), (nan, 1), (1, nan),
             (2.5, 1.0), (3.5, 1.0)):
    show(math.remainder, x, y)
for x, y in ((1.0, 2.0), (1.0, 0.0), (0.0, 1.0), (0.0, -1.0), (inf, 0.0), (1.0, 1.0)):
    show(math.nextafter, x, y)
for x in (1.0, 0.0, -2.0, 1e308, 1.7976931348623157e308, 5e-324, inf, -inf, nan):
    show(math.ulp, x)

show(math.dist, (0, 0), (3, 4))
show(math.dist, [1.5], [4])
show(math.dist, (1, 2, 3), (1, 2, 3))
show(math.dist, list(iter([0, 0])), (6, 8))
show(math.dist, (1, 2), (1, 2, 3))
show(math.dist, 1, (1,))
show(math.dist, ("a",), (1,))

for args in ((), (4, 6), (4, 6, 10), (0, 5), (-4, 6), (2**70, 3**40), (1.5, 2)):
    show(math.lcm, *args)

for f, args in ((math.sqrt, ()), (math.sinh, (1, 2)), (math.floor, ()), (math.log, ()),
                (math.log, (1, 2, 3)), (math.comb, (5,)), (math.isclose, ()),
                (math.isclose, (1.0,)), (math.isclose, (1, 2, 3)), (math.prod, ()),
                (math.prod, (1, 2)), (math.factorial, ()), (math.frexp, ()),
                (math.ldexp, (1.0,)), (math.lcm, (1, "x"))):
    show(f, *args)

for f, a, k in ((math.gcd, (), {"x": 1}), (math.lcm, (), {"x": 4}), (math.hypot, (), {"x": 1}),
                (math.comb, (), {"n": 1}), (math.log, (), {"x": 1}), (math.prod, ([2],), {"foo": 3}),
                (math.prod, ([2],), {"start": 3}), (math.dist, (), {"p": 1}),
                (math.ldexp, (), {"x": 1}), (math.remainder, (), {"x": 1}),
                (math.nextafter, (), {"x": 1}), (math.perm, (), {"n": 1}),
                (math.atan2, (), {"y": 1}), (math.sqrt, (), {"x": 1}), (math.fsum, (), {"x": 1}),
                (math.frexp, (), {"x": 1})):
    try:
        print(f.__name__, f(*a, **k))
    except TypeError as e:
        print(f.__name__, "|", e)

for a, k in (((1, 2), {"foo": 1}), ((1, 1), {"rel_tol": -1}), ((1, 1), {"abs_tol": -1}),
             ((), {"a": 1, "b": 1}), ((1,), {"b": 1}), ((1,), {"a": 1}), ((1, 2, 3), {}),
             ((1, 1.0000000001), {}), ((), {}), ((1,), {}), ((1, 2), {"rel_tol": 1}),
             ((1, 2), {"abs_tol": 1.5, "rel_tol": 0}), ((1, 2), {"rel_tol": "x"})):
    try:
        print("isclose", a, k, math.isclose(*a, **k))
    except (TypeError, ValueError) as e:
        print("isclose", a, k, type(e).__name__, e)

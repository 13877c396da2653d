# variance, pvariance, stdev, pstdev, quantiles, covariance, correlation, linear_regression.
import statistics as st
from fractions import Fraction as F
import random

def label(v):
    return v if isinstance(v, (list, tuple, str, range, int, float, F)) else type(v).__name__

def show(name, *args, **kw):
    shown = tuple(map(label, args)), {k: label(v) for k, v in kw.items()}
    try:
        r = getattr(st, name)(*args, **kw)
        print(name, *shown, "->", repr(r), type(r).__name__)
    except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError, OverflowError, AttributeError) as e:
        print(name, *shown, "->", type(e).__name__, e)

datasets = [[2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5], [1, 2, 3, 4], [1, 1, 1], [0, 0, 0, 0, 1],
            [F(1, 3), F(2, 5), F(3, 7)], [1, 2.5], [True, False], [5], [], [1e300, -1e300],
            [1, float("inf")], [1, float("nan")], [10**20, 10**20 + 1, 10**20 + 2],
            [0.1, 0.2, 0.3, 0.4], [1.5, 2.5, 2.5, 2.75, 3.25, 4.75], range(1, 100)]
for data in datasets:
    for name in ("variance", "pvariance", "stdev", "pstdev"):
        show(name, list(data))
show("variance", [1, 2, 3], 0)
show("variance", [1, 2, 3], xbar=2)
show("pvariance", [1, 2, 3], mu=0)
show("pvariance", [1, 2, 3], F(1, 2))
show("stdev", [1, 2, 3], 0)
show("pstdev", [1, 2, 3], mu=1.5)
show("variance", ["a", "b"])
show("variance", iter([1, 2, 4]))
show("stdev", (x for x in [2, 4, 4, 4, 5, 5, 7, 9]))
show("pstdev", [2, 4, 4, 4, 5, 5, 7, 9])

r = random.Random(3)
ok = True
for trial in range(300):
    data = [r.uniform(-100, 100) for _ in range(r.randrange(2, 12))]
    if trial < 100:
        print(repr(st.stdev(data)), repr(st.pstdev(data)), repr(st.variance(data)))
    else:
        # stdev is the correctly rounded root of the exact variance
        exact = st._ss(data)[1] / (len(data) - 1)
        s = st.stdev(data)
        below, above = s * (1 - 2**-52), s * (1 + 2**-52)
        ok = ok and abs(F(s) ** 2 - exact) <= min(abs(F(below) ** 2 - exact), abs(F(above) ** 2 - exact))
print(ok)
# correctly rounded square roots, big and small
for data in [[1, 2], [0, 1, 2], [10**-200, 2 * 10**-200], [1e-160, 3e-160], [1e150, 3e150],
             [F(1, 10**50), F(1, 10**49)], [2, 3, 5, 7, 11, 13, 17, 19, 23]]:
    show("stdev", data)
    show("pstdev", data)

data = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
for n in (1, 2, 3, 4, 5, 10, 12):
    show("quantiles", data, n=n)
    show("quantiles", data, n=n, method="inclusive")
show("quantiles", [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76,
                   119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75,
                   87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10)
show("quantiles", [1, 2], n=4)
show("quantiles", [1.5, F(1, 2), 3], n=3)
show("quantiles", [F(1, 2), F(3, 2), F(7, 2)], n=4, method="inclusive")
show("quantiles", [1], n=4)
show("quantiles", [], n=4)
show("quantiles", [1, 2, 3], n=0)
show("quantiles", [1, 2, 3], n=4, method="other")
show("quantiles", [1, 2, 3], 4)

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
show("covariance", x, y)
show("covariance", x, x[::-1])
show("correlation", x, x)
show("correlation", x, x[::-1])
show("correlation", x, y)
show("correlation", x, [1] * 9)
show("linear_regression", x, [2 * v + 1 for v in x])
show("linear_regression", [1, 2, 3, 4, 5], [3, 5, 7, 9, 11])
show("linear_regression", [1, 2, 3], [2, 4, 7], proportional=True)
show("linear_regression", [1, 1, 1], [1, 2, 3])
for name in ("covariance", "correlation", "linear_regression"):
    show(name, [1, 2], [1, 2, 3])
    show(name, [1], [1])
lr = st.linear_regression([1, 2, 3], [2, 4, 6])
print(lr.slope, lr.intercept, lr, type(lr).__name__, lr._fields)

# mean, fmean, geometric_mean, harmonic_mean, the medians, mode, multimode.
import statistics as st
from fractions import Fraction as F

def label(v):
    return v if isinstance(v, (list, tuple, str, range, int, float, F)) else type(v).__name__

def show(name, *args, **kw):
    shown = tuple(map(label, args)), {k: label(v) for k, v in kw.items()}
    try:
        r = getattr(st, name)(*args, **kw)
        print(name, *shown, "->", repr(r), type(r).__name__)
    except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError, OverflowError, AttributeError) as e:
        print(name, *shown, "->", type(e).__name__, e)

datasets = [[1, 2, 3, 4, 4], [1, 2], [2, 4], [1.5, 2.5, 3.25], [F(1, 2), F(3, 4), F(5, 8)],
            [1, 2.5, F(1, 4)], [True, False, True], [0.1] * 10, [1e300, 1e300, -1e300],
            [1, float("inf")], [1, float("nan")], [float("inf"), float("-inf")], [7], [],
            [-1, 1], [3, 1, 2], (x * x for x in range(5)), range(10), [10**30, 1]]
for data in datasets:
    if not isinstance(data, (list, range)):
        data = list(data)
    for name in ("mean", "fmean", "geometric_mean", "harmonic_mean", "median", "median_low",
                 "median_high", "median_grouped"):
        show(name, list(data))
for bad in [["a", "b"], [1, "2"], [1j, 2j], [None], [F(1), 1.5, "x"]]:
    show("mean", bad)
show("mean", iter([1, 2, 3]))
show("fmean", iter([1, 2, 3]))
show("fmean", iter([]))
show("fmean", [1, 2, 3], weights=[0.25, 0.25, 0.5])
show("fmean", [1, 2, 3], weights=iter([1, 1, 1]))
show("fmean", [1, 2], weights=[1])
show("fmean", [1, 2], weights=[1, -1])
show("harmonic_mean", [40, 60], weights=[5, 30])
show("harmonic_mean", [40, 60], weights=[5])
show("harmonic_mean", [40, 0, 60])
show("harmonic_mean", [40, -1])
show("harmonic_mean", [-3])
show("harmonic_mean", ["x"])
show("harmonic_mean", [1, 2], weights=[0, 0])
show("harmonic_mean", [F(1, 2), F(1, 3)])
show("harmonic_mean", iter([2.5, 4]))
show("geometric_mean", [54, 24, 36])
show("geometric_mean", [1, -1])
show("median_grouped", [1, 3, 3, 5, 7], 2)
show("median_grouped", [1, 2, 3, 4], F(1, 2))
show("median_grouped", ["a", "b"])
show("median_grouped", [1, 2], "x")
show("median_grouped", [1, 2, 3], None)
show("median", ["b", "a", "c", "d"])
show("median_low", ["b", "a", "c", "d"])
show("median_high", ["b", "a", "c", "d"])
for data in [[1, 1, 2, 3, 3, 3, 3, 4], ["red", "blue", "blue", "red", "green"], [], "aabbbcc",
             iter([4, 4, 5]), [1, 1.0, True], [(1, 2), (1, 2), (3,)]]:
    show("mode", data if not isinstance(data, list) or True else data)
    show("multimode", list(data) if not isinstance(data, list) else data)
try:
    st.mode([[1], [1]])
except TypeError as e:
    print("TypeError", e)
print(issubclass(st.StatisticsError, ValueError), sorted(set(st.__all__) - {'NormalDist'}))

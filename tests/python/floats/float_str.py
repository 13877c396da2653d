for v in (1.0, 0.1, 1e16, 1e-5, 123.0, 1.5e300, -0.0, float("nan"), float("-inf")):
    print(str(v), repr(v), f"{v}", "%s" % v, "%r" % v, format(v))
print(str(1e16), str(1e15), str(123456789.123456789))
print(str(0.000123), str(0.0000123))
print(float.__name__, type(1.5).__name__)
print([1.0, 2.5, -0.0], (1e16,), {1.5: 2.5})

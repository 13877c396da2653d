for x in (1.0, 1.5, -2.0, 0.0, 1e300, float("inf"), float("nan")):
    print(x, x.is_integer())
for x in (0.5, 0.1, -1.25, 3.0, 0.0, 1e-3, 2.0 ** 70):
    print(x, x.as_integer_ratio())
for bad in (float("inf"), float("nan")):
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((2.5).real, (2.5).imag, (2.5).conjugate())
print((1.5).hex(), (0.1).hex(), (-0.0).hex(), float.fromhex('0x1.8p1'), float.fromhex('-0x1p-2'))
print((3.7).__trunc__(), (-3.7).__trunc__(), (3.7).__floor__(), (-3.7).__ceil__())

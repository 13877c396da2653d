print(1., .5, 1e3, 1E3, 1e-3, 1_000.000_1, 0e0, 00.5, 1_0e1_0)
print(3.14_15, 0x10 + 0.5, 1e+2, 1.5e-0)
print(type(1.), type(1e3), type(10))
print(1e308 * 10, -1e308 * 10, 1e-320, 1e-400)
print(float(10), float(-3), float(2 ** 60), float(True))
print(float(2 ** 1023))
try:
    float(2 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)

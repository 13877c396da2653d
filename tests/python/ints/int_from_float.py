print(int(3.9), int(-3.9), int(0.5), int(-0.5), int(-0.0))
print(int(1e20), int(-1e20), int(2.0 ** 70))
print(int(1.7976931348623157e308) == 2 ** 1024 - 2 ** 971)
print(int(123456789.987654321))
for bad in (float("inf"), float("-inf"), float("nan")):
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(int("  -17 "), int(True) + int(False))

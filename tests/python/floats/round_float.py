print(round(2.675, 2), round(2.665, 2), round(1.005, 2))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-2.5), round(0.49999999999999994))
print(round(3.14159, 3), round(3.14159, 0), round(3.14159), round(-3.14159, 1))
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(-1250.0, -2))
print(round(1e300, 2), round(1e-300, 2), round(123.456, 10), round(0.1, 400))
print(round(5e-324, 323), round(-0.0), round(-0.4), round(-0.0, 1))
print(type(round(2.5)), type(round(2.5, 1)), type(round(2.5, None)))
print(round(1e20), round(1.5e16))
for bad in (float("inf"), float("nan")):
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1))

print(1 + 2.0, type(1 + 2.0), 3 * 1.5, 10 - 0.5, 7 / 2, 8 / 2)
print(2 ** 0.5, 2.0 ** 2, 4 ** -0.5, type(2 ** 2), type(2.0 ** 2))
print(True + 1.5, 10 // 3.0, 10 % 3.0, -10 // 3.0)
print(2 ** 100 + 0.5, 2 ** 100 * 1.0, (2 ** 100) / (2 ** 99))
print(10 ** 30 / 10 ** 10, 1 / 2 ** 1074)
try:
    print(2 ** 1024 * 1.0)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(2 ** 1024 / 3)
except OverflowError as e:
    print(type(e).__name__, e)
print(2 ** 1024 // 3 > 0, (2 ** 1024) / (2 ** 1000))
print(float(10 ** 22), float(10 ** 23), float(2 ** 53 + 1))

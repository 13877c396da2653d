a = 1 + 2j
b = 3 - 4j
print(a + b, a - b, a * b, a / b)
print(a + 1, 1 - a, a * 2, a / 2, 2 / a, a * 1.5)
print(a ** 2, a ** 0, a ** -1, (1j) ** 2, 1j ** 3, 2 ** 1j == 2 ** 1j)
print(a == 1 + 2j, a != b, 1 + 0j == 1, 1j == 1, 2.0 + 0j == 2)
print(-a, a.conjugate() * a, (a * a.conjugate()).real)
print(True + 1j, 1j * True)
for bad in (lambda: a < b, lambda: a // 2, lambda: a % 2, lambda: int(a), lambda: float(a)):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    a / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0j ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)

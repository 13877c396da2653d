a = 7.5
b = 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 0.1 * 3, 1 - 0.9)
print(1e308 + 1e308, -1e308 * 10, 1e-320 / 10)
print(2.0 ** 0.5, 2.0 ** -1, (-8.0) ** 2, 10.0 ** 20, 10.0 ** -5)
print(1 / 3 * 3, 1 + 1e-16, 1e16 + 1)
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, inf * -1, inf / inf, -inf, 1 / inf)
print(nan + 1, nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print(inf == inf, inf > 1e308, -inf < -1e308)
print(-0.0 == 0.0, -0.0, 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, 0.0 - 0.0)
print(abs(-0.0), -(0.0), +(-0.0))
try:
    print(10.0 ** 400)
except OverflowError as e:
    print(type(e).__name__)
try:
    print((-8.0) ** (1 / 3))
except Exception as e:
    print(type(e).__name__, e)

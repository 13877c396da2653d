a = 17
b = 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a + b, -a - b, -a * b, -a / b)
print(0 * 123, 123 - 123, 1 - 1000)
print(7 / 7, type(7 / 7))
print(10 / 4, 1 / 3, 2 / 3)
print(+a, -a, --a, -(-a))
x = 1
x += 41
print(x)
print(3 * 4 + 2, 3 * (4 + 2), 2 ** 3 ** 2, (2 ** 3) ** 2)
print(100 - 10 - 1, 100 // 10 // 3)

try:
    1 @ 2
except TypeError as e:
    print(type(e).__name__, e)
x = 7
x = x if x > 5 else 0
print(x)
print((1, 2) * 2, [0] * 3 + [1], "-" * 3 + ">")
print(divmod(17, 5), 17 // 5, 17 % 5)
print(2 ** 10 - 1 == 0b1111111111, 0o17 + 0x1, 1_0 * 1_0)
print(10 if True else 1 / 0, (lambda: 1)() or 1 / 0)

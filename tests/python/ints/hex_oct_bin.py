for n in (0, 1, 255, -255, 2 ** 64, -(2 ** 64), 2 ** 100 - 1, -1):
    print(n, hex(n), oct(n), bin(n))
print(hex(True), bin(False))
print(0xDEADBEEF, 0o777, 0b1010, 0XFF, 0O17, 0B11)
print(0x_de_ad, 1_000, 0b_1_0)
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)

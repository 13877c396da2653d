print(abs(-3), abs(2.5), abs(-0.0), abs(3 + 4j), abs(-(2 ** 70)), abs(True))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2), divmod(2 ** 70, 10 ** 10))
print(pow(2, 8), pow(2, -2), pow(2.0, 3), pow(-8, 1 / 3), pow(3, 4, 5), pow(base=2, exp=5), pow(2, 5, mod=3))
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(1234, -2), round(7.25, 1), round(0.125, 2))
print(hex(255), hex(-255), oct(8), bin(5), bin(-5), hex(2 ** 64))
print(int.__name__, float.__name__, complex(1, 2), bool(3), int("7") + float("0.5"))
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    round("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(1, "x")
except TypeError as e:
    print(type(e).__name__, e)

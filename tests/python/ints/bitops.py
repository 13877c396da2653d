print(12 & 10, 12 | 10, 12 ^ 10, ~12)
print(-12 & 10, -12 | 10, -12 ^ 10, ~-12)
print(-12 & -10, -12 | -10, -12 ^ -10)
print(1 << 10, 1 << 64, 1 << 100, -1 << 70)
print(1024 >> 3, -1024 >> 3, -1 >> 100, 1 >> 100, -5 >> 1)
print((2 ** 100) >> 90, (2 ** 100 + 12345) & 0xFFFF)
print((2 ** 80) | 1, (2 ** 80) ^ (2 ** 80 + 3))
print(-(2 ** 80) & 0xFF, -(2 ** 80) & (2 ** 81 - 1))
print(~(2 ** 70), ~-(2 ** 70))
print(0 << 1000, 5 << 0, 5 >> 0)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
print(True & False, True | False, True ^ True, ~True)
print(type(True & True), type(True & 1))

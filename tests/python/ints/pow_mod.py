print(pow(2, 10, 1000))
print(pow(3, 200, 1000000007))
print(pow(2, 10 ** 20, 97))
print(pow(-3, 3, 7), pow(3, 3, -7), pow(-3, 3, -7))
print(pow(3, -1, 7))
print(pow(38, -1, 97))
print(pow(2, -3, 11))
print(pow(10 ** 30 + 7, -1, 10 ** 9 + 7))
print(pow(5, 0, 1), pow(5, 0, 7))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)

a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::2], a[::-1], a[8:2:-2], a[100:], a[-100:2])
b = a[:]
b[2:5] = ["x", "y"]
print(b)
b[1:1] = [100, 200]
print(b)
b[:] = [0, 1, 2, 3, 4, 5]
print(b)
b[::2] = ["e0", "e2", "e4"]
print(b)
b[::-2] = [50, 30, 10]
print(b)
b[len(b):] = [6, 7]
print(b)
b[2:4] = ()
print(b)
b[1:3] = "ab"
print(b)
del b[::3]
print(b)
del b[1:3]
print(b)
del b[:]
print(b)
c = list(range(6))
try:
    c[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    c[1:3] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    c[::0]
except ValueError as e:
    print(type(e).__name__, e)
c[5:1] = ["ins"]
print(c)

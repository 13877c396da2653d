a = list(range(10))
del a[0]
print(a)
del a[-1]
print(a)
del a[1:3]
print(a)
del a[::2]
print(a)
del a[:], 
print(a)
b = [1, 2, 3]
c = b
del b
print(c)
try:
    print(b)
except NameError as e:
    print(type(e).__name__, e)
x = [[1, 2], [3, 4]]
del x[0][1], x[1]
print(x)

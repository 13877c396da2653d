items = [1, 2, 3]
g = (x * 10 for x in items)
items = [7, 8]
print(list(g))
n = 1
h = (x + n for x in range(3))
n = 100
print(list(h))
try:
    bad = (x for x in 5)
except TypeError as e:
    print("eager:", type(e).__name__, e)
lazy = (1 / x for x in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("lazy:", type(e).__name__, e)
print(next(lazy, "closed after error"))
x = "outer"
list(x for x in range(3))
print(x)


def f():
    data = [3, 4]
    return (d * k for d in data for k in (1, 2))


print(list(f()))

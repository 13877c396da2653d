def f(a, *, b, c=3):
    return a, b, c


print(f(1, b=2), f(1, b=2, c=4), f(a=0, b=1))
try:
    f(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)


def g(*args, key, **rest):
    return args, key, rest


print(g(1, 2, key="k", other=1))
try:
    g(1, 2)
except TypeError as e:
    print(type(e).__name__, e)


def h(*, x, y):
    return x * y


print(h(y=3, x=4))
try:
    h(x=1)
except TypeError as e:
    print(type(e).__name__, e)

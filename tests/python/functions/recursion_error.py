import sys


def f():
    return f()


try:
    f()
except RecursionError as e:
    print(type(e).__name__, e)


def count(n):
    return count(n + 1)


try:
    count(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(isinstance(RecursionError(), RuntimeError))


def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


print(deep(500))
print(sys.getrecursionlimit())

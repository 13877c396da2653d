def f():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")


try:
    f()
except Exception as e:
    print(type(e).__name__, e)
    print("context:", type(e.__context__).__name__, e.__context__)


def g():
    try:
        return 1
    finally:
        1 / 0


try:
    g()
except ZeroDivisionError as e:
    print(type(e).__name__, e, e.__context__)

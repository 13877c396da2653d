# The DeprecationWarnings CPython 3.11 prints for conversions that still work: int()
# delegating to __trunc__, and __int__/__index__/__float__ returning an instance of a
# strict subclass of int or float. Shown once per line, on stderr, as in __main__.
import operator
import warnings


class Trunc:
    def __trunc__(self):
        return 3


class IntBool:
    def __int__(self):
        return True


class MyInt(int):
    pass


class IndexSub:
    def __index__(self):
        return MyInt(7)


class F(float):
    pass


class FloatSub:
    def __float__(self):
        return F(2.5)


class IndexOnly:
    def __index__(self):
        return False


print(int(Trunc()))
print(int(IntBool()))
print(operator.index(IndexSub()), [10, 20, 30, 40, 50, 60, 70, 80][IndexSub()])
print(float(FloatSub()), type(float(FloatSub())).__name__)
print(float(IndexOnly()))
for i in range(2):
    print(int(Trunc()))  # warned once for this line
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        int(IntBool())
    except DeprecationWarning as e:
        print("error:", e)

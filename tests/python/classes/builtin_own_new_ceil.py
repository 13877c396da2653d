# range and slice have their own __new__; int has __ceil__, __floor__, __trunc__.
import inspect
import math

print(range.__new__ is object.__new__, slice.__new__ is object.__new__)
print(type(range.__new__).__name__, range.__new__.__self__, range.__new__.__qualname__)
print(inspect.isbuiltin(range.__new__), inspect.isroutine(range.__new__))
print(range.__new__(range, 3), range.__new__(range, 1, 9, 2), slice.__new__(slice, 3))
for args in [(), (1,), (int, 3), (range, "x")]:
    try:
        range.__new__(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    object.__new__(range)
except TypeError as e:
    print("TypeError", e)
print('__new__' in vars(range), '__new__' in vars(slice))
for name in ("__ceil__", "__floor__", "__trunc__"):
    m = getattr(int, name)
    print(name, name in vars(int), type(m).__name__, m.__objclass__, m.__qualname__)
    print(inspect.isbuiltin(m), inspect.ismethoddescriptor(m), m(7), m(True), type(m(True)))
    print(getattr(-3, name)(), getattr(2 ** 70, name)())
    try:
        m(1.5)
    except TypeError as e:
        print("TypeError", e)
print(math.ceil(5), math.floor(True), math.trunc(-4))


class I(int):
    pass


print(type(I(3).__ceil__()), I(3).__floor__(), math.trunc(I(8)))

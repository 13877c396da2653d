# math.floor/ceil/trunc/sqrt on user types: __floor__/__ceil__/__trunc__, __float__, __index__, float subclasses, errors.
import math
class F:
    def __float__(self): return 2.5
class T(float): pass
for f in (math.floor, math.ceil, math.trunc):
    for v in (F(), T(-2.5), 7, True, 2.5):
        try:
            print(f.__name__, f(v))
        except TypeError as e:
            print(f.__name__, "TypeError:", e)
try:
    math.floor("x")
except TypeError as e:
    print("TypeError:", e)
print(math.sqrt(F()), math.sqrt(T(4.0)), math.floor(T(2.5)))
class I:
    def __index__(self): return 9
print(math.sqrt(I()))
class Bad:
    def __float__(self): return 1
try:
    math.sqrt(Bad())
except TypeError as e:
    print("TypeError:", e)

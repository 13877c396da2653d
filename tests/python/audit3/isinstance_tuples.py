class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, (C, (int, (A,)))), issubclass(B, (C, (A,))), isinstance(b, ()), issubclass(B, ()))
print(isinstance(True, int), issubclass(bool, (str, int)), isinstance(B, type), issubclass(type, object))
for args in [(b, 1), (b, (A, 1)), (1, int), (B, 1), (B, (1,))]:
    for f in (isinstance, issubclass):
        try:
            print(f.__name__, f(*args))
        except TypeError as e:
            print(f.__name__, "TypeError", e)
# __class__ property lying
class Liar:
    @property
    def __class__(self): return int
l = Liar()
print(isinstance(l, int), isinstance(l, Liar), type(l).__name__)
# exceptions and tuples in except
class E1(Exception): pass
class E2(E1): pass
try:
    raise E2("x")
except (ValueError, E1) as e:
    print("caught", type(e).__name__, isinstance(e, Exception), issubclass(E2, BaseException))
try:
    try:
        raise E1()
    except 5:
        pass
except TypeError as e:
    print("TypeError", e)
print(A.__subclasses__() == [B], object in B.__mro__)

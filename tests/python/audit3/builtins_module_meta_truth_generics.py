import builtins
builtins.shout = lambda s: s.upper()
print(shout("hi"))
del builtins.shout
try:
    shout
except NameError as e:
    print("NameError:", e)
print(builtins.__name__, builtins.len is len, type(builtins).__name__)
g = {}
exec("print(__name__)", g)
class M(type):
    def __bool__(cls):
        return False
class F(metaclass=M):
    pass
print(bool(F), "yes" if F else "no", not F)
class N(type):
    def __len__(cls):
        return 0
class G(metaclass=N):
    pass
print(bool(G), len(G))
class L(list):
    pass
class D(dict):
    pass
print(L[int], D[str, int], L[int].__origin__ is L)
class T(type):
    pass
try:
    print(T[int])
except TypeError as e:
    print("TypeError:", e)
try:
    class P:
        pass
    P[int]
except TypeError as e:
    print("TypeError:", e)

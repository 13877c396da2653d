class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
    def only_b(self): return "only B"
class C(A):
    pass
class D(C):
    pass
d = D()
print(d.who(), [k.__name__ for k in D.__mro__])
C.__bases__ = (B,)
print(d.who(), d.only_b(), [k.__name__ for k in D.__mro__], C.__base__.__name__, "__bases__" in C.__dict__)
print(issubclass(D, B), issubclass(D, A), isinstance(d, B), B.__subclasses__() == [C], A.__subclasses__())
C.__bases__ = (A, B)
print(d.who(), [k.__name__ for k in C.__mro__])
for bad in [(), [A], (1,), (D,), (C,)]:
    try:
        C.__bases__ = bad
    except TypeError as e:
        print("TypeError:", e)
class X(int): pass
try:
    C.__bases__ = (X,)
except TypeError as e:
    print("TypeError:", e)
class P: pass
class Q(P): pass
try:
    C.__bases__ = (P, Q)
except TypeError as e:
    print("TypeError:", e)
print([k.__name__ for k in C.__mro__])
try:
    int.__bases__ = (object,)
except TypeError as e:
    print("TypeError:", e)
# A diamond below the changed class.
class T0:
    def f(self): return "T0"
class T1:
    def f(self): return "T1"
class Top(T0): pass
class L(Top): pass
class R(Top): pass
class Bottom(L, R): pass
print([k.__name__ for k in Bottom.__mro__])
Top.__bases__ = (T1,)
print([k.__name__ for k in Bottom.__mro__], Bottom().f())
class WithDel:
    def __del__(self): print("del ran")
class Plain: pass
Top.__bases__ = (WithDel,)
b = Bottom()
del b
print("end")

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class O: pass
class A(O): pass
class B(O): pass
class C(A, B): pass
class D(B, A): pass
def m1():
    class E(C, D): pass
t(m1)
def m2():
    class F(O, A): pass
t(m2)
def m3():
    class G(A, A): pass
t(m3)
t(lambda: type("H", (A, A), {}))
t(lambda: [k.__name__ for k in C.mro()])
t(lambda: C.mro() == list(C.__mro__))
t(lambda: type.mro(C) is C.mro())
t(lambda: [k.__name__ for k in type.mro(D)])
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
def m4():
    class V(Z, W): pass
t(m4)
def m5():
    class Bad(int, str): pass
t(m5)
def m6():
    class Bad2(list, dict): pass
t(m6)
def m7():
    class Bad3(5): pass
t(m7)
def m8():
    class Bad4(bool): pass
t(m8)
def m9():
    import sys
    class Bad5(type(sys)): pass
    return Bad5.__mro__[1].__name__
t(m9)
def m10():
    class Bad6(type(None)): pass
t(m10)
def m11():
    class Bad7(type(lambda: 0)): pass
t(m11)
# mro with object explicitly
class P(object, ): pass
t(lambda: [k.__name__ for k in P.__mro__])
t(lambda: P.__bases__)
t(lambda: object.__bases__)
t(lambda: object.__mro__ == (object,))
t(lambda: type.__mro__ == (type, object))
t(lambda: [k.__name__ for k in bool.__mro__])
# __bases__ assignment
class Q: pass
class R(Q): pass
class S2: pass
R.__bases__ = (S2,)
t(lambda: [k.__name__ for k in R.__mro__])
t(lambda: setattr(R, "__bases__", ()))
t(lambda: setattr(R, "__bases__", (R,)))

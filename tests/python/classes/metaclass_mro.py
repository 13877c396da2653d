class A:
    x = 'A.x'
    def hello(self): return 'A.hello'
class B: y = 'B.y'
def run(name, mro_body, bases=(A,)):
    class Meta(type):
        def mro(cls):
            return mro_body(cls)
    try:
        C = Meta(name, bases, {})
        print(name, [k.__name__ for k in C.__mro__], C.__bases__)
        return C
    except Exception as e:
        print(name, type(e).__name__, e)
C = run('Skip', lambda cls: [cls, object])
print(isinstance(C(), A), issubclass(C, A), hasattr(C, 'x'))
run('Tuple', lambda cls: (cls, B, object))
run('Gen', lambda cls: iter([cls, A, object]))
run('NonClass', lambda cls: [cls, 1, object])
run('NotIter', lambda cls: 5)
run('Raises', lambda cls: 1/0)
run('NoSelf', lambda cls: [A, object])
run('Empty', lambda cls: [])
run('Default', lambda cls: type.mro(cls))
run('Extra', lambda cls: [cls, B] + type.mro(cls)[1:])
run('IntLayout', lambda cls: [cls, int, object])
run('IntLayout2', lambda cls: [cls, object], bases=(int,))
run('Dup', lambda cls: [cls, A, A, object])
class X(A, B): pass
class Y(B, A): pass
run('Inconsistent', lambda cls: [cls, object], bases=(X, Y))
run('InconsistentDefault', lambda cls: type.mro(cls), bases=(X, Y))
class Meta2(type):
    calls = 0
    def mro(cls):
        Meta2.calls += 1
        print("mro() of", cls.__name__, "bases", [b.__name__ for b in cls.__bases__], "mro now", cls.__mro__ if False else '?')
        return [cls, B] + [k for k in type.mro(cls)[1:]]
class P(A, metaclass=Meta2): pass
print([k.__name__ for k in P.__mro__], P.y, P().hello())
class Q(P): pass
print([k.__name__ for k in Q.__mro__], Meta2.calls)
print(P.mro(), type(P.mro()))
class Meta3(type):
    def mro(cls):
        r = super().mro()
        print("super().mro() ->", [k.__name__ for k in r], type(r).__name__)
        return r[::-1][:-1][::-1] if False else r
class Z(A, metaclass=Meta3):
    def __init_subclass__(cls, **kw): print("init_subclass", cls.__name__)
class Z2(Z): pass
print(Z2.__mro__)
class Meta4(type):
    def mro(cls):
        return [cls, object]
class W(A, metaclass=Meta4): pass
W.__bases__ = (B,)
print(W.__mro__, W.__bases__)
class Meta5(type):
    mro = None
try:
    class V(metaclass=Meta5): pass
    print(V.__mro__)
except Exception as e: print(type(e).__name__, e)
class Meta6(type):
    @staticmethod
    def mro(): return [object]
try:
    class U(metaclass=Meta6): pass
    print(U.__mro__)
except Exception as e: print(type(e).__name__, e)
print(object.mro(), bool.mro(), type.mro(type), KeyError.mro())
class K: pass
class L(K): pass
print(L.mro(), type.mro(L))
class Meta7(type):
    def mro(cls):
        print("Meta7.mro", cls.__name__, [b.__name__ for b in cls.__bases__])
        return super().mro()
class Base1: a = 1
class Base2: a = 2
class Top(Base1, metaclass=Meta7): pass
class Sub(Top): pass
print(Top.a, Sub.a)
Top.__bases__ = (Base2,)
print(Top.a, Sub.a, [k.__name__ for k in Sub.__mro__])
class Meta8(type):
    def mro(cls):
        if cls.__name__ == 'Bad' and cls.__bases__[0] is Base2: return [cls, 'x']
        return super().mro()
class Bad(Base1, metaclass=Meta8): pass
try: Bad.__bases__ = (Base2,)
except Exception as e: print(type(e).__name__, e)
print(Bad.__bases__, Bad.__mro__)

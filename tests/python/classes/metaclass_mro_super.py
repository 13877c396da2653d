class A:
    def who(self): return ['A']
class B:
    def who(self): return ['B'] + super().who()
class Meta(type):
    def mro(cls):
        if cls.__name__ == 'C':
            return [cls, B, A, object]
        return type.mro(cls)
class C(A, metaclass=Meta):
    def who(self): return ['C'] + super().who()
print(C().who(), C.__mro__)
print(isinstance(C(), B), issubclass(C, B), C.__subclasses__(), B.__subclasses__())
class D(C):
    def who(self): return ['D'] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
print(super(B, C()).who())
import abc
class AM(abc.ABCMeta):
    def mro(cls): return [cls] + [k for k in type.mro(cls)[1:]]
class X(metaclass=AM):
    @abc.abstractmethod
    def f(self): ...
try: X()
except TypeError as e: print(e)
class Cnt(type):
    n = 0
    def mro(cls):
        Cnt.n += 1
        return super().mro()
class Y(metaclass=Cnt): pass
class Z(Y): pass
class W(Z): pass
print(Cnt.n)
class Cnt(type):
    calls = []
    def mro(cls):
        Cnt.calls.append(cls.__name__)
        return super().mro()
class Base1: pass
class Base2: pass
class Y(Base1, metaclass=Cnt): pass
class Z(Y): pass
class Z2(Y): pass
class W(Z, Z2): pass
print(Cnt.calls)
Cnt.calls.clear()
Y.__bases__ = (Base2,)
print(Cnt.calls, [k.__name__ for k in W.__mro__])
class Fail(type):
    def mro(cls):
        if cls.__name__ == 'W2' and Base1 in cls.__mro__ if cls.__mro__ else False: pass
        if cls.__name__ == 'W2' and getattr(Fail, 'boom', False): raise ValueError("no")
        return super().mro()
class Y2(Base1, metaclass=Fail): pass
class W2(Y2): pass
Fail.boom = True
try: Y2.__bases__ = (Base2,)
except ValueError as e: print("ValueError", e)
print(Y2.__bases__, [k.__name__ for k in Y2.__mro__], [k.__name__ for k in W2.__mro__])

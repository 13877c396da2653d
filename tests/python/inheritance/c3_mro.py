class O: pass
class F(O): pass
class E(O): pass
class Dd(O): pass
class C(Dd, F): pass
class B(Dd, E): pass
class A(B, C): pass


def names(cls):
    return " ".join(k.__name__ for k in cls.__mro__)


print(names(A))
print(names(B), "|", names(C))


class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class Top(K1, K2, K3): pass


print(names(Top))
print(names(bool), "|", names(type(None)))


class Mixin:
    def hello(self):
        return "mixin hello, then " + super().hello()


class Base:
    def hello(self):
        return "base hello"


class Final(Mixin, Base):
    pass


print(Final().hello(), names(Final))

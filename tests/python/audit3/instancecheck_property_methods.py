class Meta(type):
    def __instancecheck__(cls, inst):
        print("meta check", type(inst).__name__)
        return super().__instancecheck__(inst)
    def __subclasscheck__(cls, sub):
        print("meta sub", sub.__name__)
        return super().__subclasscheck__(sub)
class A(metaclass=Meta): pass
class B(A): pass
print(isinstance(B(), A), isinstance(1, A), issubclass(B, A), issubclass(int, A))
class P:
    p = property(lambda s: 1)
try:
    P.p.__set__(P(), 2)
except AttributeError as e:
    print(e)
try:
    P.p.__delete__(P())
except AttributeError as e:
    print(e)
class Q:
    @property
    def p(self): return "Q.p"
    @p.setter
    def p(self, v): print("set", v)
    @p.deleter
    def p(self): print("del")
q = Q()
print(Q.p.__get__(q, Q), hasattr(Q.p, "__set__"), hasattr(Q.p, "__delete__"))
Q.p.__set__(q, 1)
Q.p.__delete__(q)
print(type.__instancecheck__(Q, q), type.__subclasscheck__(object, Q))

def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
class A: pass
class B(A): pass
class C: pass
t(lambda: isinstance(B(), (C, (A,))))
t(lambda: isinstance(B(), ()))
t(lambda: issubclass(B, ((C,), (((A,),),))))
t(lambda: isinstance(1, 5))
t(lambda: isinstance(1, (int, 5)))
t(lambda: isinstance(1, (str, 5)))
t(lambda: issubclass(1, int))
t(lambda: issubclass(B, 1))
t(lambda: issubclass(B, (C, 1)))
t(lambda: issubclass(B, (A, 1)))
t(lambda: isinstance(B(), A | C))
t(lambda: issubclass(B, A | None))
t(lambda: isinstance(None, A | None))
t(lambda: isinstance(1, list[int]))
class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__, type(inst).__name__)
        return inst == 42
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, getattr(sub, "__name__", sub))
        return sub is int
class M(metaclass=Meta): pass
t(lambda: isinstance(42, M))
t(lambda: isinstance(M(), M))   # exact type shortcut
t(lambda: issubclass(int, M))
t(lambda: issubclass(M, M))
t(lambda: isinstance(42, (str, M)))
t(lambda: issubclass(bool, (str, M)))
class Sub(M): pass
t(lambda: isinstance(Sub(), M))
# __class__ override affects isinstance
class Fake:
    @property
    def __class__(self): return A
t(lambda: isinstance(Fake(), A))
t(lambda: type(Fake()).__name__)
t(lambda: Fake().__class__.__name__)
t(lambda: isinstance(Fake(), Fake))
# instancecheck on instance is ignored
class NotMeta:
    def __instancecheck__(self, i): return True
t(lambda: isinstance(1, NotMeta))
t(lambda: isinstance(1, NotMeta()))
# bool / int
t(lambda: (isinstance(True, int), issubclass(bool, int), isinstance(1, bool)))
t(lambda: issubclass(type, object) and isinstance(type, type) and isinstance(object, type))
t(lambda: isinstance(A, type))
t(lambda: issubclass(Meta, type))
t(lambda: isinstance(M, Meta))
t(lambda: isinstance())
t(lambda: isinstance(1))
t(lambda: issubclass(int, int, int))

class B:
    @classmethod
    @property
    def cp(cls):
        return "cp:" + cls.__name__
class C(B):
    pass
print(B.cp, C.cp, C().cp)
class Desc:
    def __get__(self, obj, owner=None):
        return ("got", obj.__name__ if obj else None, owner.__name__ if owner else None)
class D:
    x = classmethod(Desc())
print(D.x, D().x)
class E:
    @classmethod
    def m(cls):
        return cls.__name__
print(E.m(), E().m())

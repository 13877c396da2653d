class A: pass
class RevMeta(type):
    def mro(cls):
        return [cls, object]
class R(A, metaclass=RevMeta): pass
print([k.__name__ for k in R.__mro__])

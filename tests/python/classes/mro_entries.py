# PEP 560: a base that is not a class can stand for others through __mro_entries__.
class Alias:
    def __init__(self, *targets):
        self.targets = targets

    def __mro_entries__(self, bases):
        print("mro_entries", [type(b).__name__ for b in bases])
        return self.targets

    def __repr__(self):
        return "Alias%r" % (self.targets,)


class Base:
    def hello(self):
        return "hello from Base"


class Mixin:
    pass


class C(Alias(Base)):
    pass


print(C.__mro__, C.__bases__, C.__orig_bases__, C().hello())


class D(Alias(Base, Mixin), Alias()):
    pass


print(D.__bases__, D.__orig_bases__)


class E(Base):
    pass


print("__orig_bases__" in E.__dict__)


def factory():
    pass


factory.__mro_entries__ = lambda bases: (Mixin,)


class F(factory):
    pass


print(F.__mro__)


class Bad:
    def __mro_entries__(self, bases):
        return [Base]


try:
    class G(Bad()):
        pass
except TypeError as e:
    print("TypeError:", e)

# class C(*bases, **kwargs): the bases and keywords unpacked into __build_class__.
bases = (int,)


class C(*bases):
    pass


print(C.__mro__, C(5) + 1)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, [b.__name__ for b in bases], sorted(kw.items()))
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


kw = {"metaclass": Meta, "flag": 1}


class D(*bases, **kw):
    x = 1


print(type(D).__name__, D.__mro__, D.x)


class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, sorted(kw.items()))


extra = {"b": 2}


class E(Base, *(), a=1, **extra):
    pass


def deco(c):
    print("decorated", c.__name__, [b.__name__ for b in c.__bases__])
    return c


mixins = [dict, object]


@deco
class F(*mixins[:1]):
    pass


print(F(a=1))


def gen():
    yield Base
    yield object


class G(*gen(), a=3):
    pass


print(G.__mro__)

try:
    class H(*5):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class I(**{"metaclass": Meta}, **{"metaclass": type}):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class J(*[int, int]):
        pass
except TypeError as e:
    print(type(e).__name__, e)

registry = []


class Plugin:
    def __init_subclass__(cls, kind="generic", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.kind = kind
        registry.append(cls.__name__)


class A(Plugin):
    pass


class B(Plugin, kind="special"):
    pass


class C(B):
    pass


print(registry)
print(A.kind, B.kind, C.kind)
print(hasattr(Plugin, "kind"))


class Strict:
    def __init_subclass__(cls):
        print("subclass of Strict:", cls.__name__, cls.__mro__[1].__name__)


class D(Strict):
    pass


try:
    class E(Strict, flag=True):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class F(flag=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

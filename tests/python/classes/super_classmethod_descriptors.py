class Desc:
    def __get__(self, obj, owner=None):
        return ("desc", obj, owner.__name__)
class C(classmethod):
    def __get__(self, obj, owner=None):
        return lambda: "C-get:" + owner.__name__
class Base:
    d = Desc()
    @C
    def f(cls):
        return "f"
    @classmethod
    def g(cls):
        return "g:" + cls.__name__
class Sub(Base):
    @classmethod
    def test(cls):
        return super().d, super().f(), super().g()
print(Sub.test())

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class NonData:
    def __get__(self, obj, owner=None):
        return ("nondata", obj is None, owner.__name__)
class Data:
    def __get__(self, obj, owner=None):
        return ("data", obj is None, owner.__name__)
    def __set__(self, obj, v):
        obj.__dict__["_d"] = v
class OnlyDelete:
    def __delete__(self, obj):
        print("delete called")
class A:
    nd = NonData()
    d = Data()
    od = OnlyDelete()
a = A()
t(lambda: a.nd)
t(lambda: A.nd)
a.__dict__["nd"] = 5
t(lambda: a.nd)
a.__dict__["d"] = 7
t(lambda: a.d)
a.d = 9
t(lambda: a.__dict__["_d"])
t(lambda: type(a.od).__name__)
a.__dict__["od"] = 3
t(lambda: a.od.__class__.__name__)
del a.od
t(lambda: setattr(a, "od", 1))
# descriptor on a subclass of a builtin
class G:
    def __get__(self, obj, owner):
        return 42
class B(int):
    g = G()
t(lambda: B(3).g)
t(lambda: B.g)
# __get__ called with two positional args via type
class Rec:
    def __get__(self, *args):
        return len(args)
class C:
    r = Rec()
t(lambda: C().r)
t(lambda: C.r)
# descriptor with __set__ raising AttributeError
class RO:
    def __get__(self, o, t=None): return 1
    def __set__(self, o, v): raise AttributeError("read-only!")
class D:
    x = RO()
t(lambda: setattr(D(), "x", 2))
# __set_name__ via setattr after class creation isn't called
class SN:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class E:
    a = SN()
E.b = SN()
# descriptor in metaclass vs class dict
class Meta(type):
    @property
    def p(cls): return "meta-prop"
class F(metaclass=Meta):
    p = "class-attr"
t(lambda: F.p)
t(lambda: F().p)
class Meta2(type):
    q = "meta-plain"
class H(metaclass=Meta2):
    q = "class-attr"
t(lambda: H.q)
t(lambda: H().__class__.q)
t(lambda: hasattr(H(), "q"))

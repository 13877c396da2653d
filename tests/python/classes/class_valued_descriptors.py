# A class stored as a class attribute is a descriptor when its metaclass defines
# __get__ (non-data) or also __set__/__delete__ (data): read from instances and from the
# class, set and deleted on instances, shadowed (or not) by the instance dict, through
# subclasses and super(), at call sites that see plain classes too.
class Meta(type):
    def __get__(self, obj, owner):
        return ("get", self.__name__, type(obj).__name__ if obj is not None else None,
                owner.__name__)


class DataMeta(type):
    def __get__(self, obj, owner):
        return "data get on %s" % ("class" if obj is None else "instance")

    def __set__(self, obj, value):
        print("data set", value)

    def __delete__(self, obj):
        print("data delete")


class DeleteOnly(type):
    def __delete__(self, obj):
        print("delete only")


class SubMeta(Meta):
    pass


class D(metaclass=Meta):
    pass


class E(metaclass=DataMeta):
    pass


class G(metaclass=DeleteOnly):
    pass


class S(metaclass=SubMeta):
    pass


class Plain:
    pass


class C:
    d = D
    e = E
    g = G
    s = S
    p = Plain


class Child(C):
    def get_super_d(self):
        return super().d


c = C()
print(c.d, C.d, c.s, C.s, c.p is Plain, C.p is Plain)
print(c.e, C.e)
c.e = 5
del c.e
print(vars(c))
c.__dict__["e"] = "instance e"
c.__dict__["d"] = "instance d"
print(c.e, c.d)
try:
    c.g = 1
except AttributeError as e:
    print("AttributeError:", e)
del c.g
print(c.g is G, vars(c))
ch = Child()
print(ch.d, Child.d, ch.get_super_d())


def read(o, name):
    return getattr(o, name)


def read_d(o):
    return o.d


def set_e(o, v):
    o.e = v


class Other:
    d = Plain
    e = None


for obj in (c, Other(), ch, Other(), ch):
    print(type(obj).__name__, read_d(obj))
for obj in (Other(), ch, Other(), ch):
    set_e(obj, 7)
    print(type(obj).__name__, vars(obj).get("e"), obj.e)


def read_class_d(cls):
    return cls.d


for cls in (C, Other, Child, C, Other, C):
    print(cls.__name__, read_class_d(cls))

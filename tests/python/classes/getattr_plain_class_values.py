# getattr() on instances whose classes hold plain values (str, int, None, tuple,
# frozenset, list, dict, set, a class), functions, properties, descriptors and classes: the instance's dict
# shadows plain values and non-data descriptors, data descriptors win over it, and
# dunder names keep their special meaning.


class Meta(type):
    def __get__(self, obj, owner):
        return "meta-get"


class WithGet(metaclass=Meta):
    pass


class NonData:
    def __get__(self, obj, owner):
        return "nondata"


class Data:
    def __get__(self, obj, owner):
        return "data"

    def __set__(self, obj, value):
        pass


class Base:
    s = "class str"
    n = 7
    none = None
    t = (1, 2)
    fs = frozenset({1})
    f = 1.5
    big = 10 ** 30
    klass = WithGet
    plain_class = NonData
    lst = [1]
    dct = {"a": 1}
    st = {2}
    nd = NonData()
    dd = Data()

    def m(self):
        return "method"

    @property
    def p(self):
        return "property"


class Child(Base):
    n = 8


names = ["s", "n", "none", "t", "fs", "f", "big", "klass", "nd", "dd", "plain_class", "lst",
         "dct", "st", "m", "p",
         "__doc__", "__module__", "__class__", "missing"]
for cls in (Base, Child):
    o = cls()
    for name in names:
        v = getattr(o, name, "<none>")
        print(cls.__name__, name, v() if name == "m" else v)
    for name in names[:14]:
        o.__dict__[name] = "own " + name
    print([getattr(o, name, "<none>") for name in names[:14]])
Base.s = "changed"
print(getattr(Child(), "s"), hasattr(Child(), "nope"))
del Base.n
print(getattr(Base(), "n", "gone"), getattr(Child(), "n"))

# property subclasses whose constructors take their own arguments and hand property
# other functions through super().__init__ (cached_property-like helpers).


class lazy(property):
    def __init__(self, func):
        self.func = func
        super().__init__(self._get, doc="lazily " + func.__name__)

    def _get(self, obj):
        value = self.func(obj)
        obj.__dict__["_" + self.func.__name__] = value
        return value


class named(property):
    def __init__(self, name, *, default=None):
        self.key = name
        self.default = default
        super().__init__(lambda obj: obj.__dict__.get(name, default),
                         lambda obj, v: obj.__dict__.__setitem__(name, v))


class A:
    @lazy
    def total(self):
        print("computing")
        return 42

    colour = named("colour", default="red")


a = A()
print(a.total, a.total, A.total.__doc__, type(A.total).__name__)
print(a.colour)
a.colour = "blue"
print(a.colour, A.colour.key, A.colour.default)


class plain(property):
    pass


p = plain(lambda self: 1, doc="d")
print(p.__doc__, p.fget(None), p.fset)


class late(property):
    def __init__(self):
        pass


x = late()
print(x.fget, x.fset, x.fdel, x.__doc__)
property.__init__(x, lambda self: "now")


class B:
    v = x


print(B().v)
try:
    plain(1, 2, 3, 4, 5)
except TypeError as e:
    print(e)
try:
    plain(bogus=1)
except TypeError as e:
    print(e)
try:
    property.__init__(1)
except TypeError as e:
    print(e)


class kw(property):
    def __init__(self, *, getter):
        super().__init__(fget=getter)


class C:
    k = kw(getter=lambda self: "kw")


print(C().k)
pr = property(lambda self: 1)
pr.__init__(lambda self: 2)
print(pr.fget(None))


def documented(self):
    "the getter's doc"


print(property(documented).__doc__, property(documented, doc="own").__doc__)

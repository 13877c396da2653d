import collections


# A mapping that is not a dict subclass: every NAME op goes through it.
class Recorder:
    def __init__(self):
        self.data = {}
        self.log = []

    def __getitem__(self, key):
        self.log.append(("get", key))
        return self.data[key]

    def __setitem__(self, key, value):
        self.log.append(("set", key))
        self.data[key] = value

    def __delitem__(self, key):
        self.log.append(("del", key))
        del self.data[key]

    def keys(self):
        return self.data.keys()


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recorder()

    def __new__(mcls, name, bases, ns):
        print("ns is a Recorder:", type(ns).__name__)
        print([entry for entry in ns.log if not entry[1].startswith("__")])
        return super().__new__(mcls, name, bases, dict(ns.data))


GLOBAL = "global value"


class C(metaclass=Meta):
    x = 1
    y = x + 1
    z = len("abc")
    g = GLOBAL
    tmp = 5
    del tmp
    try:
        tmp
    except NameError as e:
        print("NameError:", e)
    try:
        del never_defined
    except NameError as e:
        print("NameError:", e)

    def method(self):
        return __class__.__name__

    ann: int = 3


print(C.x, C.y, C.z, C.g, C().method(), C.__annotations__, hasattr(C, "tmp"))


# A dict subclass with __missing__: missing names come from it, not the globals.
class Defaulting(dict):
    def __missing__(self, key):
        if key.startswith("auto_"):
            return key.upper()
        raise KeyError(key)


class DMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return Defaulting(kw)

    def __new__(mcls, name, bases, ns, **kw):
        print(type(ns).__name__, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class D(metaclass=DMeta, preset=42):
    a = auto_thing
    b = preset
    c = len


print(D.a, D.b, D.c is len, D.preset)


# A __getitem__ raising something other than KeyError propagates.
class Strict(dict):
    def __getitem__(self, key):
        if key == "boom":
            raise RuntimeError("no boom here")
        return super().__getitem__(key)


class SMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Strict()


try:
    class S(metaclass=SMeta):
        ok = print
        boom
except RuntimeError as e:
    print("RuntimeError:", e)


# Duplicate-definition detection, a classic use of __prepare__.
class NoDups(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError(f"{key!r} defined twice")
        super().__setitem__(key, value)


class NoDupMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NoDups()


try:
    class Twice(metaclass=NoDupMeta):
        def f(self):
            pass

        def f(self):
            pass
except TypeError as e:
    print("TypeError:", e)


# An OrderedDict namespace, passed on to type() as it is.
class OMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return collections.OrderedDict()

    def __new__(mcls, name, bases, ns):
        print(type(ns).__name__, [k for k in ns if not k.startswith("__")])
        return super().__new__(mcls, name, bases, ns)


class O(metaclass=OMeta):
    zeta = 1
    alpha = 2


print(O.zeta, O.alpha)


# Closures in the class body read the mapping before the cell.
def outer():
    v = "from cell"

    class Inner(metaclass=DMeta):
        w = v

    class Given(metaclass=DMeta, v="from mapping"):
        w = v

    return Inner, Given


I, G = outer()
print(I.w, G.w)


# __prepare__ must return a mapping.
class Bad(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5


try:
    class X(metaclass=Bad):
        pass
except TypeError as e:
    print("TypeError:", e)


# type() accepts a dict subclass namespace; not any mapping.
print(type("T", (), Defaulting(k=1)).k)
try:
    type("T", (), Recorder())
except TypeError as e:
    print("TypeError:", e)


# exec and eval with a mapping as locals.
r = Recorder()
exec("a = 1\nb = a + 1\ndel a", {}, r)
print(r.data, r.log)
print(eval("b * 10 + len('xy')", {}, r))


# locals(), vars(), dir(), exec and eval in a body see the prepared mapping.
class Plain(dict):
    pass


class PMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Plain(seed=1)


import sys


class Seeded(metaclass=PMeta):
    x = 1
    print(type(locals()).__name__, sorted(locals()))
    print(sorted(dir()))
    print(type(vars()).__name__, type(sys._getframe().f_locals).__name__)
    exec("y = x + seed")
    print(eval("y"))
    exec("from string import *")


print(Seeded.y, Seeded.seed, hasattr(Seeded, "ascii_letters"))

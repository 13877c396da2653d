# Classes in reference cycles are collected, as CPython collects heap types: a method
# calling super() (its __class__ cell), a class holding an instance of itself, a class
# naming itself, classes made by a metaclass, by type(), enum, namedtuple, dataclass.
import collections
import dataclasses
import enum
import gc
import weakref

gc.collect()
refs = {}


def watch(name, cls):
    refs[name] = weakref.ref(cls)


class Base:
    def hello(self):
        return "base"


def with_super():
    class Child(Base):
        def hello(self):
            return "child of " + super().hello()

    print(Child().hello())
    watch("super cell", Child)


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("finalizer of", self.name)


def holds_instance():
    class Registry:
        pass

    Registry.default = Noisy("default")
    Registry.me = Registry()
    watch("holds instance", Registry)


def names_itself():
    class Node:
        pass

    Node.kind = Node
    watch("names itself", Node)


class Meta(type):
    made = 0

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls.self_ref = cls
        Meta.made += 1
        return cls


def by_metaclass():
    class Made(metaclass=Meta):
        def m(self):
            return __class__

    print(Made().m().__name__)
    watch("metaclass", Made)


def by_type():
    T = type("T", (Base,), {})
    T.again = T
    watch("type()", T)


def by_enum():
    Color = enum.Enum("Color", "RED GREEN")
    print(list(Color))
    watch("enum", Color)


def by_namedtuple():
    P = collections.namedtuple("P", "x y")
    print(P(1, 2))
    watch("namedtuple", P)


def by_dataclass():
    @dataclasses.dataclass
    class D:
        x: int = 0

    print(D(3))
    watch("dataclass", D)


for make in [with_super, holds_instance, names_itself, by_metaclass, by_type, by_enum,
             by_namedtuple, by_dataclass]:
    make()
print("found garbage:", gc.collect() > 0)
print("alive after:", sorted(k for k, r in refs.items() if r() is not None))
print("classes made by Meta:", Meta.made)

# A class kept by a live instance stays, and its cycle with it.
def kept():
    class Kept:
        pass

    Kept.me = Kept
    return Kept()


k = kept()
gc.collect()
print(type(k).__name__, type(k).me is type(k))
cb = weakref.ref(type(k), lambda r: print("class callback ran"))
del k
gc.collect()
print("kept class gone:", cb() is None)

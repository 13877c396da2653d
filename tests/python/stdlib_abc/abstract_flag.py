# object.__new__ refuses a class whose abstract flag is set: the flag follows stores
# and deletions of __abstractmethods__ (on any class, not only ABCs), and is checked
# however the instance is made.
from abc import ABC, ABCMeta, abstractmethod


def attempt(label, make):
    try:
        r = make()
        print(label, "->", type(r).__name__)
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class A(ABC):
    @abstractmethod
    def g(self): ...

    @abstractmethod
    def f(self): ...


class One(ABC):
    @abstractmethod
    def only(self): ...


class Concrete(A):
    def f(self): return 1
    def g(self): return 2


attempt("A()", lambda: A())
attempt("One()", lambda: One())
attempt("A.__new__(A)", lambda: A.__new__(A))
attempt("object.__new__(A)", lambda: object.__new__(A))
attempt("One.__new__(One)", lambda: One.__new__(One))
attempt("Concrete()", lambda: Concrete())
attempt("object.__new__(Concrete)", lambda: object.__new__(Concrete))
attempt("A(1)", lambda: A(1))
attempt("object.__new__(A, 1)", lambda: object.__new__(A, 1))


class Plain:
    pass


attempt("Plain()", lambda: Plain())
Plain.__abstractmethods__ = frozenset({"z", "b", "a"})
attempt("Plain() abstract", lambda: Plain())
attempt("object.__new__(Plain)", lambda: object.__new__(Plain))
print(sorted(Plain.__abstractmethods__))
Plain.__abstractmethods__ = frozenset()
attempt("Plain() empty frozenset", lambda: Plain())
Plain.__abstractmethods__ = ["y", "x"]
attempt("Plain() list", lambda: Plain())
Plain.__abstractmethods__ = "ba"
attempt("Plain() str", lambda: Plain())
Plain.__abstractmethods__ = 1
attempt("Plain() int", lambda: Plain())
Plain.__abstractmethods__ = [2, "a"]
attempt("Plain() mixed", lambda: Plain())
Plain.__abstractmethods__ = [2, 1]
attempt("Plain() ints", lambda: Plain())
s = {"q"}
Plain.__abstractmethods__ = s
s.clear()
attempt("Plain() emptied set", lambda: Plain())
del Plain.__abstractmethods__
attempt("Plain() deleted", lambda: Plain())
attempt("del again", lambda: delattr(Plain, "__abstractmethods__"))
attempt("read deleted", lambda: Plain.__abstractmethods__)


class Bad:
    def __bool__(self):
        raise ValueError("no truth")


attempt("store untruthful", lambda: setattr(Plain, "__abstractmethods__", Bad()))
attempt("Plain() after failed store", lambda: Plain())
attempt("read after failed store", lambda: Plain.__abstractmethods__)

# Only the class's own flag counts: a subclass is not abstract, and a class body
# naming __abstractmethods__ does not set the flag.
Plain.__abstractmethods__ = frozenset({"m"})


class Sub(Plain):
    pass


attempt("Sub()", lambda: Sub())
attempt("Plain()", lambda: Plain())


class InBody:
    __abstractmethods__ = frozenset({"f"})


attempt("InBody()", lambda: InBody())
InBody.__abstractmethods__ = InBody.__abstractmethods__
attempt("InBody() after store", lambda: InBody())

# With __init__ (the fast path of a call) and __new__ of its own.
class WithInit:
    def __init__(self, a, b=2):
        self.a = a


WithInit.__abstractmethods__ = frozenset({"k"})
for i in range(3):
    attempt("WithInit(1)", lambda: WithInit(1))
    attempt("WithInit(a=1)", lambda: WithInit(a=1))
del WithInit.__abstractmethods__
attempt("WithInit(1) after del", lambda: WithInit(1).a)


class WithNew:
    def __new__(cls, *args):
        return super().__new__(cls)


WithNew.__abstractmethods__ = frozenset({"n"})
attempt("WithNew()", lambda: WithNew())
attempt("type.__call__(WithNew)", lambda: type.__call__(WithNew))

# Subclasses of builtins other than object are made by their own __new__, which does
# not check the flag (as in CPython).
class I(int):
    pass


I.__abstractmethods__ = frozenset({"a"})
attempt("I(3)", lambda: I(3))


class L(list, metaclass=ABCMeta):
    @abstractmethod
    def f(self): ...


attempt("L()", lambda: L())


class E(Exception):
    pass


E.__abstractmethods__ = frozenset({"a"})
attempt("E(1)", lambda: E(1))

# The flag through type's descriptor and setattr.
class D:
    pass


type.__dict__["__abstractmethods__"].__set__(D, frozenset({"w"}))
attempt("D() via descriptor", lambda: D())
type.__dict__["__abstractmethods__"].__delete__(D)
attempt("D() after descriptor delete", lambda: D())
setattr(D, "__abstractmethods__", ("v",))
attempt("D() via setattr", lambda: D())
attempt("type.__abstractmethods__", lambda: type.__abstractmethods__)
attempt("int.__abstractmethods__ = 1", lambda: setattr(int, "__abstractmethods__", 1))
attempt("int.__abstractmethods__", lambda: int.__abstractmethods__)

# ABCs: overriding later, abc.update_abstractmethods, a copy of an instance.
import abc
import copy


class Later(ABC):
    @abstractmethod
    def f(self): ...


Later.f = lambda self: 1
attempt("Later() before update", lambda: Later())
abc.update_abstractmethods(Later)
attempt("Later() after update", lambda: Later())
c = Concrete()
Concrete.__abstractmethods__ = frozenset({"f"})
attempt("copy.copy(abstract)", lambda: copy.copy(c))
attempt("Concrete()", lambda: Concrete())
Concrete.__abstractmethods__ = frozenset()
attempt("copy.copy(concrete)", lambda: copy.copy(c))
print(type(A).__call__ is type.__call__)
print("__call__" in ABCMeta.__dict__)

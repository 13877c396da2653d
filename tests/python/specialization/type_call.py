# `type(x)` with one argument takes a fast path in the eval loop; every other form of
# calling `type` (three arguments, keywords, a shadowed name, a metaclass) must not.


class Meta(type):
    pass


class A(metaclass=Meta):
    pass


class B(A):
    pass


for x in [1, 2.5, "s", b"b", None, True, [1], (1,), {1: 2}, {1}, A(), B(), A, B, Meta, type, len]:
    print(type(x).__name__, type(x) is x.__class__)

# Three arguments make a class; with a metaclass's keywords too.
C = type("C", (B,), {"v": 5})
print(C.__name__, C.v, type(C).__name__, [k.__name__ for k in C.__mro__])
try:
    type()
except TypeError as e:
    print("TypeError", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    type(x=1)
except TypeError as e:
    print("TypeError", e)


# A subclass of type called with one argument is not `type` itself.
class T2(type):
    def __call__(cls, *args):
        return "T2 call " + repr(args)


class D(metaclass=T2):
    pass


print(D(1))
print(Meta.__call__ is type.__call__)


# The name `type` rebound in a function's globals is called as what it now is.
def f(v):
    return type(v)


print(f(3))
type = lambda v: "shadowed " + repr(v)
print(f(3))
del type
print(f(3))


# type() with three arguments picks the most derived metaclass of the bases; one with
# its own __new__ makes the class.
class Loud(type):
    def __new__(mcls, name, bases, ns):
        print("Loud.__new__", name, [b.__name__ for b in bases])
        return super().__new__(mcls, name, bases, ns)


class E(metaclass=Loud):
    pass


F = type("F", (E,), {})
print(type(F).__name__, F.__mro__[1].__name__)


class Other(type):
    pass


class G(metaclass=Other):
    pass


try:
    type("H", (E, G), {})
except TypeError as e:
    print("TypeError", e)

# The numeric tower: registrations, abstract methods, mixins, user classes.
import numbers
from numbers import Number, Complex, Real, Rational, Integral

for v in [1, True, 1.5, 2j, "1", None, float("nan")]:
    print(repr(v), [c.__name__ for c in (Number, Complex, Real, Rational, Integral) if isinstance(v, c)])
for t in [int, bool, float, complex, str]:
    print(t.__name__, [c.__name__ for c in (Number, Complex, Real, Rational, Integral) if issubclass(t, c)])
print(issubclass(Integral, Rational), issubclass(Rational, Real), issubclass(Real, Complex),
      issubclass(Complex, Number), issubclass(Number, Integral))
for c in (Number, Complex, Real, Rational, Integral):
    print(c.__name__, sorted(c.__abstractmethods__), c.__hash__, c.__slots__, type(c).__name__)
print(numbers.__all__)
try:
    Real()
except TypeError as e:
    print("TypeError", str(e).split(" with")[0])
print(Number.__module__, Integral.__qualname__)

class MyInt(Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __repr__(self): return f"MyInt({self.v})"
    def __pos__(self): return MyInt(self.v)
    def __neg__(self): return MyInt(-self.v)
    def __eq__(self, o): return int(self) == int(o)
    def __lt__(self, o): return int(self) < int(o)
    def __le__(self, o): return int(self) <= int(o)
    def __add__(self, o): return MyInt(self.v + int(o))
    def __radd__(self, o): return MyInt(int(o) + self.v)
    def __floordiv__(self, o): return MyInt(self.v // int(o))
    def __rfloordiv__(self, o): return MyInt(int(o) // self.v)
    def __mod__(self, o): return MyInt(self.v % int(o))
    def __rmod__(self, o): return MyInt(int(o) % self.v)
    __abs__ = __ceil__ = __floor__ = __round__ = __trunc__ = lambda self, *a: self
    __and__ = __rand__ = __or__ = __ror__ = __xor__ = __rxor__ = __add__
    __lshift__ = __rlshift__ = __rshift__ = __rrshift__ = __add__
    __mul__ = __rmul__ = __truediv__ = __rtruediv__ = __pow__ = __rpow__ = __add__
    __invert__ = __neg__

m = MyInt(7)
print(m, float(m), m.numerator, m.denominator, m.real, m.imag, m.conjugate(), complex(m))
print([10, 20, 30, 40, 50, 60, 70, 80][m], divmod(m, 2), divmod(23, m), m - 2, 10 - m, bool(m), bool(MyInt(0)))
print(isinstance(m, Rational), isinstance(m, Number), hash(1) == hash(MyInt(1)) if MyInt.__hash__ else "unhashable")

class Half(Rational):
    numerator = 1
    denominator = 2
for name in sorted(Rational.__abstractmethods__ - {"numerator", "denominator"}):
    setattr(Half, name, lambda self, *a: NotImplemented)
Half.__abstractmethods__ = frozenset()
print(float(Half()))

class Big(Rational):
    numerator = 10 ** 400 + 1
    denominator = 3 * 10 ** 399
Big.__abstractmethods__ = frozenset()
print(float(Big()))
Complex.register(type("Registered", (), {}))
print([k for k in ("Registered",) if any(c.__name__ == k for c in Complex.__subclasses__())])

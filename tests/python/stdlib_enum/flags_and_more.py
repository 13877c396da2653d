from enum import *
import warnings
warnings.simplefilter("ignore")
class Perm(Flag):
    R = 4
    W = 2
    X = 1
class IP(IntFlag):
    A = 1
    B = 2
print(str(Perm(0)), repr(Perm(0)), format(Perm(0)), str(IP(0)), repr(IP(8)), str(IP(8)), repr(IP(9)), IP(9).name, repr(IP(-1)), repr(~IP(0)), repr(~Perm(0)), repr(IP.A | 16 | IP.B))
for v in [8, 9, -1]:
  try: print(repr(Perm(v)))
  except Exception as e: print(type(e).__name__, repr(str(e)))
print(repr(Perm.R & Perm.W), IP.A | 1, repr(IP.A & 3), repr(3 | IP.A), repr(IP.A ^ 3), IP.A + IP.B, type(IP.A + IP.B))
try: Perm.R | 8
except Exception as e: print(type(e).__name__, e)
try: Perm.R | 'x'
except Exception as e: print(type(e).__name__, e)
class Z(Flag):
    NONE = 0
    A = 1
    B = 2
    AB = 3
print(repr(Z(0)), list(Z), Z._member_names_, repr(Z.AB), list(Z.AB), Z.NONE in Z.A, bool(Z.NONE), Z.A in Z.AB, len(Z.AB), repr(~Z.A), repr(~Z.AB), list(Z(0)))
print(Perm._flag_mask_, Perm._all_bits_, Perm._boundary_, IP._boundary_)
class C(IntFlag, boundary=STRICT):
    A = 1
try: C(2)
except Exception as e: print(type(e).__name__, repr(str(e)))
class E(Flag, boundary=EJECT):
    A = 1
print(repr(E(2)), type(E(2)))
class K(Flag, boundary=KEEP):
    A = 1
print(repr(K(6)), repr(K(3)))
class CF(Flag, boundary=CONFORM):
    A = 1
print(repr(CF(3)))
print(hash(Perm.R) == hash('R'))
try: Perm.R in 5
except Exception as e: print(type(e).__name__, e)
try: 5 in Perm
except Exception as e: print(type(e).__name__, e)
class Color(Enum):
    RED = 1
print(Color.RED in Color)
try: 1 in Color
except Exception as e: print(type(e).__name__, e)
print(Color.RED.__class__ is Color, Color(Color.RED))
print(FlagBoundary.STRICT, repr(KEEP), list(FlagBoundary))
try:
    @verify(UNIQUE)
    class V(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
try:
    @verify(CONTINUOUS)
    class V2(Enum):
        A = 1
        C = 3
except ValueError as e: print(e)
class Planet(Enum):
    EARTH = 3
    @classmethod
    def biggest(cls): return cls.EARTH
    def __lt__(self, other): return NotImplemented
print(Planet.biggest(), Planet.EARTH.name, Planet['EARTH'], getattr(Planet, 'EARTH'))
class NM(Enum):
    A = 1
    B = nonmember(2)
    C = member(lambda: 3)
print(list(NM)[0], len(NM), NM.B, NM.C.value())
class WithNew(bytes, Enum):
    X = b'x'
print(repr(WithNew.X), WithNew.X == b'x')
class TupleVal(tuple, Enum):
    P = (1, 2)
print(repr(TupleVal.P), TupleVal.P[0], TupleVal((1, 2)))
class Coord(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    X = (1, 'ex')
    Y = (2, 'why')
print(repr(Coord.X), Coord(2).label, Coord.Y.value)
class Fl(float, Enum):
    PI = 3.14
print(Fl.PI, repr(Fl.PI), Fl.PI * 2)
print(Color.__members__['RED'], type(Color.__members__).__name__, len(Color.__members__))
try: del Color.RED
except AttributeError as e: print(e)
try:
    class Dup2(Enum):
        _bad_ = 1
except ValueError as e: print(e)
print(Color.RED.value, Color.RED._sort_order_ if hasattr(Color.RED, '_sort_order_') else '')
try: Enum('Fail')
except TypeError as e: print("TE", type(e).__name__)
S2 = IntEnum('S2', 'A B', start=10); print(list(S2), S2.B + 1)
F2 = Flag('F2', 'A B C'); print(list(F2), repr(F2.A|F2.C))
print(sorted(Perm, key=lambda p: p.value), max(IP), IP.A < IP.B)
print({Color.RED: 'r'}, {Perm.R|Perm.W: 1}[Perm(6)], Perm(6) is (Perm.W | Perm.R))
print(isinstance(IP.A, int), issubclass(IP, Flag), issubclass(IntEnum, ReprEnum), IP.__mro__)

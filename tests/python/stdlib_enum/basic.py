from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum, EnumMeta, EnumType
import enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    ALIAS = 1
    def describe(self): return "%s is %s" % (self.name, self.value)
    @property
    def lower(self): return self.name.lower()
print(Color.RED, repr(Color.RED), str(Color.GREEN), format(Color.BLUE), f"{Color.RED}", f"{Color.RED!r}", "%s" % Color.RED)
print(Color.RED.name, Color.RED.value, Color.ALIAS is Color.RED, Color(2), Color['BLUE'], list(Color), len(Color), Color.RED in Color, 1 in Color if False else '')
print(Color.__members__, list(Color.__members__), Color.RED.describe(), Color.BLUE.lower)
print(type(Color.RED), type(Color), isinstance(Color.RED, Color), Color.RED == 1, Color.RED == Color.RED, Color.RED != Color.GREEN, hash(Color.RED) == hash(Color.RED))
print(repr(Color), str(Color), Color.__name__, Color.RED._name_, Color.RED._value_, sorted(Color, key=lambda c: c.value), reversed(Color).__class__.__name__ if False else list(reversed(Color)))
try: Color(7)
except ValueError as e: print("VE", e)
try: Color['PURPLE']
except KeyError as e: print("KE", e)
try: Color.RED = 5
except AttributeError as e: print("AE", e)
try: Color.RED < Color.GREEN
except TypeError as e: print("TE", e)
try: Color.RED.value = 3
except AttributeError as e: print("AE", e)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.ONE), str(Num.TWO), format(Num.ONE), f"{Num.TWO}", Num.ONE + 1, Num.ONE < Num.TWO, Num.TWO == 2, int(Num.TWO), Num(2), isinstance(Num.ONE, int), "%d" % Num.TWO, sorted([Num.TWO, Num.ONE]), Num.ONE * 3, {Num.ONE: 'x'}[1])
class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), repr(Perm.RWX), repr(Perm(0)), Perm.R in (Perm.R | Perm.X), Perm.W in Perm.R, bool(Perm(0)), ~Perm.R, repr(~Perm.R), Perm.RWX & Perm.W, Perm.R ^ Perm.RWX, list(Perm), list(Perm.RWX), len(Perm.R | Perm.W), str(Perm.R|Perm.W))
print(Perm(6), Perm(7), Perm.R.value, (Perm.R|Perm.W).value, (Perm.R|Perm.W).name, Perm(0).name)
class IP(IntFlag):
    A = 1
    B = 2
    C = 4
print(IP.A | IP.B, repr(IP.A | IP.B), str(IP.A | IP.B), IP.A | 8, repr(IP.A | 8), IP.A + 1, repr(~IP.A), IP(0), repr(IP(0)), format(IP.B), IP.A == 1, list(IP.A|IP.C))
class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Auto), [a.value for a in Auto])
class AF(Flag):
    X = auto()
    Y = auto()
    Z = auto()
print([a.value for a in AF], repr(AF.X | AF.Z))
class S(StrEnum):
    A = auto()
    B = 'bee'
print(S.A, repr(S.A), S.B == 'bee', S.A.upper(), format(S.B), f"{S.A}")
class Named(Enum):
    def _generate_next_value_(name, start, count, last_values): return name.lower()
    X = auto()
    Y = auto()
print(list(Named), Named.X.value)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e: print("VE", e)
class WithInit(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
print(WithInit.EARTH.mass, WithInit.EARTH.value, repr(WithInit.MERCURY))
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, repr(Animal.CAT))
Animal2 = Enum('Animal2', ['X', 'Y'])
Animal3 = Enum('Animal3', [('X', 5), ('Y', 6)])
Animal4 = Enum('Animal4', {'P': 'p'})
print(list(Animal2), list(Animal3), list(Animal4), Animal3.Y.value)
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    def __str__(self): return 'shape:' + self.name
print(Shape.SQUARE, repr(Shape.SQUARE), format(Shape.SQUARE))
class Ordered(Enum):
    def __lt__(self, other): return self.value < other.value
    A = 1; B = 2
print(sorted([Ordered.B, Ordered.A]))
class Base(Enum):
    def hello(self): return 'hi ' + self.name
class Derived(Base):
    Q = 1
print(Derived.Q.hello())
try:
    class Bad(Color): pass
except TypeError as e: print("TE", e)
print(Color.RED.__class__.__name__, Color.__class__.__name__, EnumMeta is EnumType, isinstance(Color, EnumMeta))
print(dir(Color.RED)[:5] if False else '', Color._member_names_, Color._value2member_map_ if False else '', Color._member_map_['ALIAS'])
print(Color.RED.__reduce_ex__(2) if False else '')
import copy; print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.RED) is Color.RED)
print(Perm.R | Perm.W | Perm.X, Perm.RWX is (Perm.R | Perm.W | Perm.X))
class Empty(Enum): pass
print(list(Empty), len(Empty), bool(Empty))
class Mixed(str, Enum):
    A = 'a'
print(Mixed.A, repr(Mixed.A), format(Mixed.A), Mixed.A == 'a', Mixed('a'))
print(Color.RED.value.__class__, {Color.RED: 1, Color.GREEN: 2}[Color.RED], Color._missing_(5) if False else '')
class Miss(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value): return cls.A
print(Miss(99))
print(enum.Enum.__members__ if False else '', Num.__members__.keys(), Perm.__members__)

from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, MISSING, make_dataclass, Field
from typing import List, ClassVar
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, repr(p), p == Point(1, 2), p != Point(1, 3), p == (1, 2), Point(5))
print([f.name for f in fields(Point)], is_dataclass(p), is_dataclass(Point), is_dataclass(1))
print(asdict(p), astuple(p), replace(p, y=9))
try: Point()
except TypeError as e: print(e)
try: Point(1, 2, 3)
except TypeError as e: print(e)
try: hash(p)
except TypeError as e: print(e)
@dataclass(order=True, frozen=True)
class V:
    a: int
    b: str = "x"
v = V(1)
print(v < V(2), v <= V(1, "x"), sorted([V(3), V(1, "z"), V(1, "a")]), hash(v) == hash(V(1)))
try: v.a = 5
except FrozenInstanceError as e: print("frozen", e, isinstance(e, AttributeError))
try: del v.a
except FrozenInstanceError as e: print("frozen del", e)
try: V(1) < 3
except TypeError as e: print(e)
@dataclass
class L:
    items: List[int] = field(default_factory=list)
    n: int = field(default=3, repr=False)
    hidden: int = field(default=0, compare=False)
    k: ClassVar[int] = 10
a = L(); b = L(); a.items.append(1)
print(a, b, a == L([1], 3, 99), L.k, [f.name for f in fields(L)])
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e: print(e)
try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as e: print(e)
@dataclass
class Post:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        self.b = self.a * 2
print(Post(3))
@dataclass
class WithInit:
    x: int
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.x *= scale
print(WithInit(2, 5), len(fields(WithInit)))
@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int
print(KW(1, c=3), KW(1, b=5, c=6))
try: KW(1, 2, 3)
except TypeError as e: print(e)
@dataclass(kw_only=True)
class KW2:
    a: int
    b: int = 1
print(KW2(a=5))
@dataclass
class Child(Point):
    z: int = 5
print(Child(1, 2, 3), Child(1), fields(Child)[2].name)
@dataclass(eq=False)
class NoEq:
    x: int
print(NoEq(1) == NoEq(1), hash(NoEq(1)) != 0)
@dataclass(unsafe_hash=True)
class H:
    x: int
print(hash(H(1)) == hash(H(1)), hash(H(1)) == hash((1,)))
@dataclass(repr=False)
class NR:
    x: int
print(repr(NR(1)).startswith('<__main__.NR object'))
@dataclass
class Nested:
    p: Point
    ps: list
    d: dict
n = Nested(Point(1, 2), [Point(3, 4)], {'k': Point(5, 6)})
print(asdict(n), astuple(n))
print(asdict(p, dict_factory=lambda items: list(items)))
C = make_dataclass('C', ['a', ('b', int), ('c', int, field(default=5))], namespace={'m': lambda self: self.a})
print(C(1, 2), C(1, 2).m(), C.__name__)
f = fields(Point)[0]
print(f.name, f.type, f.default is MISSING, f.default_factory is MISSING, f.init, f.repr, f.compare, f.hash, f.kw_only, f.metadata)
print(type(f).__name__)
print(Point.__dataclass_params__ if False else '', Point.__match_args__, hasattr(Point, '__dataclass_fields__'))
@dataclass(slots=True)
class S:
    x: int
    y: int = 2
s = S(1); print(s, S.__slots__)
try: s.z = 1
except AttributeError as e: print("AE")
@dataclass
class Rec:
    name: str
    children: list = field(default_factory=list)
r = Rec('a'); r.children.append(r); print(repr(r) if False else 'skip')
print(replace(V(1), b='q'))
try: replace(p, zz=1)
except TypeError as e: print(e)
try: replace(Post(1), b=3)
except ValueError as e: print(e)
@dataclass
class Default:
    x: int = field(default=1, metadata={'doc': 'x'})
print(fields(Default)[0].metadata['doc'], Default())
print(Point.__init__.__qualname__ if True else '', Point.__repr__.__qualname__)
@dataclass
class Str:
    s: str = "a'b"
print(Str(), repr(Str("x\ny")))
print(Point.__eq__(p, 5))
@dataclass(frozen=True)
class F2:
    x: int
    def __post_init__(self):
        object.__setattr__(self, 'x', self.x + 1)
print(F2(1))
try:
    @dataclass
    class NotFrozen(V):
        c: int = 0
except TypeError as e: print(e)

import dataclasses
from dataclasses import dataclass, field, InitVar, asdict, astuple, fields
from typing import ClassVar, Optional, List
from collections import namedtuple
@dataclass
class A:
    x: int
    y: ClassVar[int] = 5
    z: InitVar[int] = 3
    w: List[int] = field(default_factory=list)
    def __post_init__(self, z):
        self.total = self.x + z
a = A(1); print(a, a.total, A.y, [f.name for f in fields(A)], A.__doc__)
@dataclass
class Node:
    val: int
    next: Optional["Node"] = None
n = Node(1); n.next = n; print(repr(n))
@dataclass
class Base:
    x: int = 1
    y: int = 2
@dataclass
class Derived(Base):
    x: int = 10
    z: int = 3
print(Derived(), [f.name for f in fields(Derived)], Derived(5, 6, 7))
print(Base(1, 2) == Derived(1, 2), Derived(1, 2, 3) == Derived(1, 2, 3))
@dataclass
class P2:
    a: int
    b: int = field(init=False, default_factory=lambda: 7)
    c: int = field(init=False, default=9)
print(P2(1), P2.__init__.__qualname__)
@dataclass(frozen=True, slots=True)
class FS:
    a: int
    b: str = 'q'
fs = FS(1); print(fs, hash(fs) == hash(FS(1)), FS.__slots__)
try: fs.a = 2
except dataclasses.FrozenInstanceError as e: print(type(e).__name__, e)
Pt = namedtuple('Pt', 'x y')
@dataclass
class Holder:
    p: Pt
    t: tuple
print(asdict(Holder(Pt(1, [2]), (3, 4))), astuple(Holder(Pt(1, 2), ())))
@dataclass
class M:
    a: int
    b: int
print(M.__match_args__, M(1, 2).__eq__(Base()), M.__dataclass_params__)
@dataclass(order=True)
class O:
    a: int
    b: int = field(compare=False)
print(O(1, 5) == O(1, 6), O(1, 9) < O(2, 0), O(3, 0) >= O(3, 100))
try:
    @dataclass(order=True)
    class O2:
        a: int
        def __lt__(self, other): return True
except TypeError as e: print(e)
try:
    @dataclass(order=True, eq=False)
    class O3:
        a: int
except ValueError as e: print(e)
try:
    @dataclass
    class Nf:
        a = field(default=1)
except TypeError as e: print(e)
try: field(default=1, default_factory=list)
except ValueError as e: print(e)
try: asdict(1)
except TypeError as e: print(e)
try: fields(5)
except TypeError as e: print(e)
@dataclass
class Defaults:
    a: int = 0
    b: str = 'x'
    c: tuple = (1, 2)
print(Defaults(), Defaults.a, Defaults.c)
@dataclass(unsafe_hash=True)
class UH:
    a: int
    b: list = field(default_factory=list, hash=False)
print(hash(UH(1)) == hash(UH(1, [2])))
C2 = dataclasses.make_dataclass('C2', [('x', int), 'y'], bases=(Base,), frozen=True) if False else None
print(dataclasses.is_dataclass(Derived()), dataclasses.is_dataclass(Derived), dataclasses.is_dataclass(int))
print(dataclasses.replace(Derived(), z=100))
@dataclass
class WithProp:
    _x: int = 0
    @property
    def x(self): return self._x
print(WithProp(5).x)
@dataclass
class E:
    pass
print(E(), E() == E())
@dataclass(init=False)
class NoInit:
    a: int = 1
print(NoInit())
print(fields(A)[0].type, A.__annotations__)

class L:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"L{self.n}"
    def __eq__(self, o): print(f"  L{self.n}.eq({o!r})"); return NotImplemented
    def __lt__(self, o): print(f"  L{self.n}.lt({o!r})"); return NotImplemented
    def __gt__(self, o): print(f"  L{self.n}.gt({o!r})"); return NotImplemented
    def __le__(self, o): print(f"  L{self.n}.le({o!r})"); return NotImplemented
    def __ge__(self, o): print(f"  L{self.n}.ge({o!r})"); return NotImplemented
class LS(L):
    pass
a, b = L(1), L(2)
for op in ("==", "!=", "<", ">", "<=", ">="):
    print(op)
    try:
        print(" ->", eval(f"a {op} b"))
    except TypeError as e:
        print(" TypeError", e)
print("same object")
print(a == a, a != a)
print("subclass on right")
s = LS(3)
for op in ("==", "<"):
    try:
        print(" ->", eval(f"a {op} s"))
    except TypeError as e:
        print(" TypeError", e)
# == falling back to identity
class Plain: pass
p = Plain()
print(p == p, p == Plain(), p != p, p != Plain(), p == 1, 1 == p)
# __ne__ default inverts __eq__
class E:
    def __eq__(self, o): return "yes" if isinstance(o, E) else False
e = E()
print(e != E(), e == E(), e != 1)
class ENI:
    def __eq__(self, o): return NotImplemented
print(ENI() != ENI(), ENI() == 1)
# explicit __ne__ returning non-bool
class NE:
    def __ne__(self, o): return "ne-result"
print(NE() != 1, NE() == 1)
# reflected comparisons
class G:
    def __gt__(self, o): return f"G.gt({o})"
    def __le__(self, o): return f"G.le({o})"
print(1 < G(), 1 >= G())
# comparisons in sorted/min/max use __lt__
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"K{self.v}"
print(sorted([K(3), K(1), K(2)]), min(K(3), K(1)), max([K(3), K(5)]))
try:
    K(1) > 1
except TypeError as e:
    print("TypeError", e)
try:
    sorted([Plain(), Plain()])
except TypeError as e:
    print("TypeError", e)
# __bool__ raising/returning wrong type in comparison chain
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError", e)
class CmpRet:
    def __lt__(self, o): return BadBool()
try:
    if CmpRet() < 1: pass
except TypeError as e:
    print("TypeError", e)
# chained comparison evaluation count
class CC:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print(f"  {self.v}<{o.v}")
        return self.v < o.v
print(CC(1) < CC(2) < CC(0) < CC(5))
# containment uses == with identity shortcut
class NeverEq:
    def __eq__(self, o): return False
ne = NeverEq()
print(ne in [ne], ne == ne, [ne] == [ne], (ne,) == (ne,), {1: ne} == {1: ne})
nan = float("nan")
print(nan in [nan], [nan] == [nan])

# hash
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
    def __eq__(self, o): return isinstance(o, H) and self.v == o.v
print(len({H(1), H(1), H(2)}), hash(H(-1)), hash(H(2**70)) == hash(2**70))
class HBad:
    def __hash__(self): return "x"
try:
    hash(HBad())
except TypeError as e:
    print("TypeError", e)
class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError", e)
class EqInherit(EqOnly):
    __hash__ = object.__hash__
print(type(hash(EqInherit())).__name__)
class HNone:
    __hash__ = None
try:
    hash(HNone())
except TypeError as e:
    print("TypeError", e)
from collections.abc import Hashable
print(isinstance(HNone(), Hashable), isinstance(H(1), Hashable), isinstance(EqOnly(), Hashable))
class HInt(int):
    pass
print(hash(HInt(5)), hash(True))
class HBig:
    def __hash__(self): return 2**64 + 3
print(hash(HBig()) == hash(2**64 + 3))

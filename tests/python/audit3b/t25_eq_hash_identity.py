def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
class P: pass
p = P()
t(lambda: (p == p, p != p, p == P(), p != P()))
t(lambda: p in [P(), p])
t(lambda: [p].count(p))
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, E) and self.v == o.v
t(lambda: E.__hash__)
t(lambda: hash(E(1)))
t(lambda: {E(1)})
t(lambda: E(1) == E(1))
t(lambda: E(1) != E(1))
t(lambda: E(1) in [E(2), E(1)])
t(lambda: [E(1)].index(E(1)))
t(lambda: [E(1), E(2)].remove(E(3)))
class EH(E):
    def __hash__(self): return hash(self.v)
t(lambda: len({EH(1), EH(1), EH(2)}))
t(lambda: {EH(1): "a"}[EH(1)])
class EH2(EH):
    def __eq__(self, o): return False
t(lambda: EH2.__hash__)
t(lambda: hash(EH2(1)))
class Unh:
    __hash__ = None
t(lambda: hash(Unh()))
t(lambda: {Unh(): 1})
t(lambda: {Unh()})
t(lambda: frozenset([Unh()]))
from collections.abc import Hashable
t(lambda: isinstance(Unh(), Hashable))
t(lambda: isinstance(E(1), Hashable))
t(lambda: isinstance(EH(1), Hashable))
# nan-like identity shortcut in containers
class Never:
    def __eq__(self, o): return False
n = Never()
t(lambda: n in [n])
t(lambda: [n] == [n])
t(lambda: (n,) == (n,))
t(lambda: {1: n} == {1: n})
t(lambda: [n].count(n))
t(lambda: n == n)
# __eq__ returning non-bool used in container compare
class Weird:
    def __eq__(self, o): return [1]
t(lambda: Weird() == Weird())
t(lambda: [Weird()] == [Weird()])
class BadBool:
    def __bool__(self): raise ValueError("nobool")
class RetBad:
    def __eq__(self, o): return BadBool()
t(lambda: [RetBad()] == [RetBad()])
t(lambda: RetBad() in [1])
t(lambda: (RetBad() == 1).__class__.__name__)
# hash of instances with __eq__ inherited from builtin subclass
class S(str):
    def __eq__(self, o): return True
t(lambda: S.__hash__)
t(lambda: hash(S("a")))
class S2(str): pass
t(lambda: hash(S2("a")) == hash("a"))
class T(tuple):
    def __eq__(self, o): return super().__eq__(o)
    __hash__ = tuple.__hash__
t(lambda: hash(T((1,))) == hash((1,)))
# default __ne__ inverts __eq__
class OnlyEq:
    def __eq__(self, o): return 0
t(lambda: OnlyEq() != OnlyEq())
t(lambda: object.__eq__(1, 1))
t(lambda: object.__ne__(1, 2))
t(lambda: object.__lt__(1, 2))
t(lambda: P.__eq__(p, p))
t(lambda: P.__ne__(p, P()))

# Review cases for the slot wrappers: in-place operators and __format__ on subclass
# instances, repetition through __index__, a class body's own __dict__, None's hash,
# a metaclass __get__ seen by getattr().
class L(list):
    def __iadd__(self, o): return super().__iadd__(o)
l = L([1]); l += (2,); print(type(l).__name__, l, type(L().__iadd__([])).__name__)
class S(set): pass
s = S({1}); s |= {2}; print(type(s).__name__, sorted(s), type(S().__ior__({3})).__name__)
d={1:2}; print(d.__ior__([(3,4)]))
class DD(dict):
    def __ior__(self, o): return super().__ior__(o)
x = DD(); x |= [(1, 2)]; print(type(x).__name__, x)
class I:
    def __index__(self): return 2
print([1].__mul__(I()), [1].__imul__(I()), "ab".__mul__(I()), (1,).__rmul__(I()))
try: [1].__imul__('a')
except TypeError as e: print(e)
class R:
    @property
    def __dict__(self): return {'fake':1}
print(R().__dict__)
class W:
    __weakref__ = 5
print(W.__weakref__)
print(int.__format__(True, ''), True.__format__(''), True.__format__('d'), int.__repr__(True), format(True, '5'))
class I3(int):
    def __str__(self): return "I3!"
print(I3(3).__format__(''), format(I3(3), ''), format(I3(3), 'd'))
print(None.__hash__() == hash(None))
class M(type):
    def __get__(s,o,t): return "got"
class D(metaclass=M): pass
class A: d = D
print(getattr(A(),'d'), A().d, hasattr(A(), 'd'))

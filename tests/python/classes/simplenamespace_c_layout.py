# types.SimpleNamespace is a C type in CPython: its layout facts, no weak references,
# no __class__ assignment, and the layout errors of subclasses and assignments.
import types, weakref
NS = types.SimpleNamespace
print(NS.__basicsize__, NS.__itemsize__, NS.__dictoffset__, NS.__weakrefoffset__)
class Sub(NS):
    pass
print(Sub.__basicsize__, Sub.__dictoffset__, Sub.__weakrefoffset__)
class Slotted(NS):
    __slots__ = ('a',)
print(Slotted.__basicsize__, Slotted.__dictoffset__, Slotted.__weakrefoffset__)
def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = (type(e).__name__, str(e))
    print(label, r)
show('weakref', lambda: type(weakref.ref(NS())).__name__)
show('weakref sub', lambda: type(weakref.ref(Sub())).__name__)
class P:
    pass
class Q:
    __slots__ = ()
def setcls(o, c):
    o.__class__ = c
    return type(o).__name__
show('class to P', lambda: setcls(NS(), P))
show('class to Sub', lambda: setcls(NS(), Sub))
show('P to NS', lambda: setcls(P(), NS))
show('Sub to NS', lambda: setcls(Sub(), NS))
show('mi', lambda: type('M', (NS, int), {}))
show('mi2', lambda: type('M', (NS, P), {}).__basicsize__)
show('mi3', lambda: type('M', (NS, dict), {}))
class B1:
    __slots__ = ('x',)
show('mi4', lambda: type('M', (NS, B1), {}))
def setbases(c, b):
    c.__bases__ = b
    return [k.__name__ for k in c.__mro__]
class C(P):
    pass
show('bases', lambda: setbases(C, (NS,)))
class D(NS):
    pass
show('bases2', lambda: setbases(D, (P,)))
show('bases3', lambda: setbases(D, (NS,)))
print(repr(NS(a=1)), NS(a=1) == NS(a=1))

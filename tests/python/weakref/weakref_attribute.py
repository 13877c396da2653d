# An object's __weakref__ is the head of its list of weak references, which
# getweakrefs gives in CPython's order (the plain ref first, then the newest first).
import weakref
class A: pass
a = A()
print(a.__weakref__)
r1 = weakref.ref(a, lambda x: 0)
print(a.__weakref__ is r1)
r2 = weakref.ref(a)
r3 = weakref.ref(a, lambda x: 1)
print(a.__weakref__ is r2, [w is x for w, x in zip(weakref.getweakrefs(a), [r2, r3, r1])])
del r2
print(a.__weakref__ is r1)
r4 = weakref.ref(a, lambda x: 2)
print(a.__weakref__ is r4, [w is x for w, x in zip(weakref.getweakrefs(a), [r4, r3, r1])])
r5 = weakref.ref(a)
print(a.__weakref__ is r5, [w is x for w, x in zip(weakref.getweakrefs(a), [r5, r4, r3, r1])])
class S:
    __slots__ = ("__weakref__",)
s = S()
print(s.__weakref__)
rs = weakref.ref(s)
print(s.__weakref__ is rs, S.__weakref__.__get__(s) is rs)
class D(dict): pass
d = D()
print(d.__weakref__)
rd = weakref.ref(d)
print(d.__weakref__ is rd)

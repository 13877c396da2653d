class C: pass
for f, args in [(object.__setattr__, (C, 'x', 1)), (object.__delattr__, (C, 'x')),
                (object.__setattr__, (int, 'x', 1)), (object.__delattr__, (int, 'x')),
                (object.__setattr__, (type, 'x', 1))]:
    try:
        f(*args)
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
class M(type): pass
class D(metaclass=M): pass
try:
    object.__setattr__(D, 'y', 2)
except Exception as e: print(type(e).__name__, e)
type.__setattr__(C, 'x', 1); print(C.x)
type.__delattr__(C, 'x'); print(hasattr(C, 'x'))
try: type.__setattr__(C(), 'x', 1)
except Exception as e: print(type(e).__name__, e)
try: type.__setattr__(int, 'x', 1)
except Exception as e: print(type(e).__name__, e)
class E:
    def __setattr__(self, k, v): object.__setattr__(self, k, v)
e = E(); e.a = 1; print(e.a)
try: int.__setattr__(C, 'x', 1)
except Exception as e: print(type(e).__name__, e)
try: object.__setattr__(1, 'x', 1)
except Exception as e: print(type(e).__name__, e)
class N(type):
    def __setattr__(cls, k, v):
        print("N.setattr", k); super().__setattr__(k, v)
class F(metaclass=N): pass
F.z = 3; print(F.z)
try: object.__setattr__(F, 'q', 1)
except Exception as e: print(type(e).__name__, e)
class C: pass
tests = [
 lambda: type.__setattr__(C, 1, 2),
 lambda: type.__setattr__(C, 'x'),
 lambda: type.__setattr__(),
 lambda: type.__delattr__(int, 'x'),
 lambda: type.__delattr__(C, 'nope'),
 lambda: type.__delattr__(1, 'nope'),
 lambda: object.__setattr__(C, 1, 2),
 lambda: object.__delattr__(C, 1),
 lambda: object.__setattr__(C, 'x'),
 lambda: type.__setattr__(C, 'x', 1, k=2),
 lambda: object.__setattr__(C(), 1, 2),
]
for t in tests:
    try: print(t())
    except Exception as e: print(type(e).__name__, e)
print(type.__setattr__, type.__delattr__)
for code in ["del int.x", "del int.__name__", "del int.real", "int.__name__='q'", "del type.x", "class C: pass\ndel C.__name__", "class C: pass\ndel C.__dict__", "class C: pass\ndel C.__bases__", "class C: pass\ndel C.__module__\nprint(C.__module__)", "class C: pass\ndel C.__doc__\nprint(C.__doc__)"]:
    try: exec(code); print("ok")
    except Exception as e: print(type(e).__name__, e)
print(type.__setattr__ is object.__setattr__, type.__dict__['__setattr__'].__name__)
class P(type):
    @property
    def v(cls): return 1
    @v.setter
    def v(cls, x): print("P.v set", x)
class G(metaclass=P): pass
type.__setattr__(G, 'v', 5)
G.v = 6
class H: pass
type.__setattr__(H, '__class__', P) if False else None

import inspect, functools, abc, typing
from inspect import signature

class Base:
    def __init__(self, a, b=1): pass
class Derived(Base): pass
class NewAndInit:
    def __new__(cls, *args, **kwargs): return super().__new__(cls)
    def __init__(self, x): pass
class InitThenNew(Base):
    def __new__(cls, q): return object.__new__(cls)
class InitBelowNew(NewAndInit):
    def __init__(self, y, z): pass
class AbcClass(abc.ABC):
    def __init__(self, p, *, k=0): pass
for cls in (Base, Derived, NewAndInit, InitThenNew, InitBelowNew, AbcClass):
    print(cls.__name__, signature(cls))

class Callable:
    @classmethod
    def __call__(cls, a): pass
class StaticCall:
    @staticmethod
    def __call__(a, b): pass
print(signature(Callable()), signature(StaticCall()))

class Methods:
    def plain(self, a, /, b): pass
    @classmethod
    def klass(cls, *args, **kw): pass
    @staticmethod
    def static(*, x=1): pass
    part = functools.partialmethod(plain, 1)
    pk = functools.partialmethod(plain, b=2)
    pc = functools.partialmethod(klass, 5)
m = Methods()
for name in ('plain', 'klass', 'static', 'part', 'pk', 'pc'):
    print(name, signature(getattr(Methods, name)), signature(getattr(m, name)))

def deco(f):
    @functools.wraps(f)
    def inner(*a, **k): return f(*a, **k)
    return inner
@deco
@deco
def twice(u, v=3) -> str: pass
print(signature(twice), signature(twice, follow_wrapped=False), inspect.unwrap(twice).__name__)
def stopper(*a): pass
stopper.__wrapped__ = twice
stopper.__signature__ = None
print(signature(stopper))
print(inspect.unwrap(stopper, stop=lambda f: f is twice) is twice)

def annotated(a: typing.List[int], b: 'typing.Optional[str]' = None, *c: typing.Any) -> typing.Dict[str, int]: pass
print(signature(annotated))
print(signature(annotated, eval_str=True))
def fwd(x: 'Undefined'): pass
try:
    signature(fwd, eval_str=True)
except NameError as e:
    print('NameError', e)
print(signature(fwd))
print(str(signature(lambda *, a: 0)), str(signature(lambda a, /: 0)), str(signature(lambda a, /, *, b: 0)))
print(str(signature(lambda a=None, *args, b=[1, 2], **kw: 0)))
class Local:
    pass
def uses_local(x: Local = Local) -> 'Local': pass
print(str(signature(uses_local)).replace(' object at ', '@').split('@')[0])
print(inspect.formatannotation(Local), inspect.formatannotation(Local, '__main__'))
print(inspect.formatannotation(typing.Optional[typing.List[int]]), inspect.formatannotation(list[typing.Any]))
print(inspect.formatannotation(int | None), inspect.formatannotation(...))

import inspect, pickle, copy, abc, enum
from inspect import Parameter, Signature, signature

def f(a, *, b=1, c): pass
def g(a, *, c, b=1): pass
print(signature(f) == signature(g), hash(signature(f)) == hash(signature(g)))
print(signature(f) == signature(lambda a, *, b=1, c: 0), signature(f) != 3)
s = pickle.loads(pickle.dumps(signature(f)))
print(s, s == signature(f), type(s).__name__)
p = pickle.loads(pickle.dumps(Parameter('x', Parameter.KEYWORD_ONLY, default=[1])))
print(p, p.kind, copy.deepcopy(signature(f)) == signature(f))
print(list(Parameter.POSITIONAL_ONLY.__class__), Parameter.VAR_KEYWORD < Parameter.KEYWORD_ONLY)
print(Parameter('.0', Parameter.POSITIONAL_OR_KEYWORD))
try:
    Parameter('.0', Parameter.KEYWORD_ONLY)
except ValueError as e:
    print('ValueError', e)
print(Parameter('class', Parameter.POSITIONAL_ONLY))
ba = signature(f).bind(1, c=3)
print(ba == signature(f).bind(1, c=3), ba != signature(f).bind(2, c=3))
try:
    hash(ba)
except TypeError as e:
    print('TypeError', e)
print(pickle.loads(pickle.dumps(ba)))
sig = Signature([Parameter('a', Parameter.POSITIONAL_OR_KEYWORD, default=1),
                 Parameter('b', Parameter.KEYWORD_ONLY)], return_annotation=int)
print(sig, sig.parameters['a'].default, list(sig.parameters))
try:
    sig.parameters['z'] = 1
except TypeError as e:
    print('TypeError', e)
print(Signature(), Signature().bind())
def h(a, b=2, *args, c=3, **kw): pass
for call in [(), (1,), (1, 2, 3), (1, 2, 3, 4)]:
    ba = signature(h).bind(*call) if call else signature(h).bind_partial()
    ba.apply_defaults()
    print(ba, ba.args, ba.kwargs)
ba = signature(h).bind(1, c=9, z=2)
print(ba.args, ba.kwargs, ba.arguments)
def posonly_kw(a, /, **kw): pass
print(signature(posonly_kw).bind(1, a=2))
try:
    print(signature(posonly_kw).bind(a=2))
except TypeError as e:
    print('TypeError', e)
def posonly_default(a=1, /, **kw): pass
try:
    print(signature(posonly_default).bind(a=2))
except TypeError as e:
    print('TypeError', e)

class Abstract(abc.ABC):
    @abc.abstractmethod
    def m(self): pass
class Concrete(Abstract):
    def m(self): pass
print(inspect.isabstract(Abstract), inspect.isabstract(Concrete), inspect.isabstract(int), inspect.isabstract(3))

class Color(enum.Enum):
    RED = 1
    GREEN = 2
print([n for n, v in inspect.getmembers(Color) if not n.startswith('_')])
print([n for n, v in inspect.getmembers_static(Color) if not n.startswith('_')])
import math
print([n for n, v in inspect.getmembers(math, inspect.isbuiltin)][:5])
class Sl:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
print([n for n, v in inspect.getmembers(Sl()) if not n.startswith('__')])
print([(n, type(v).__name__) for n, v in inspect.getmembers_static(Sl()) if not n.startswith('__')])

import inspect, math, itertools, functools, collections, enum, dataclasses
from inspect import signature

cases = [len, print, sorted, min, iter, getattr, math.sqrt, math.log,
         dict.get, dict.pop, dict.fromkeys, {}.fromkeys, str.split, 'a'.split, str.join,
         list.append, [].append, object.__init__, object.__new__, type.__call__,
         int.__add__, (1).__add__, object().__str__, object.__str__, int.from_bytes,
         int, str, dict, object, type, range,
         sum, max, round, divmod, isinstance, repr, setattr, zip, map, bytes.hex,
         int.to_bytes, str.format, str.maketrans, next, open, vars, dir, hash, pow]
for c in cases:
    try:
        s = signature(c)
        print(repr(c)[:40].split(' at ')[0], s, [p.kind.name for p in s.parameters.values()][:2])
    except (ValueError, TypeError) as e:
        print(repr(c)[:40].split(' at ')[0], type(e).__name__, str(e).split(' at ')[0])

class Color(enum.Enum):
    RED = 1
print(signature(Color))

@dataclasses.dataclass
class Point:
    x: int
    y: int = 0
print(signature(Point))

class WithSlots:
    __slots__ = ()
    def __init__(self, *, q): pass
print(signature(WithSlots))

class Sub(dict):
    pass
try:
    print(signature(Sub))
except ValueError as e:
    print('ValueError', e)

class Bad:
    __signature__ = 'nope'
    def __call__(self): pass
try:
    signature(Bad())
except TypeError as e:
    print('TypeError', e)

class OnlyCall:
    def __call__(self, a, /, b): pass
print(signature(OnlyCall()), signature(OnlyCall().__call__))

def kwonly_first(*, a): pass
class Holder:
    m = kwonly_first
try:
    signature(Holder().m)
except ValueError as e:
    print('ValueError', e)
def star(*args): pass
Holder.s = star
print(signature(Holder().s))

p = functools.partial(lambda a, b, *, c: 0, b=1)
print(signature(p))
try:
    signature(functools.partial(lambda a: 0, 1, 2))
except ValueError as e:
    print('ValueError', str(e).split(' at ')[0])
print(signature(functools.partial(functools.partial(lambda a, b, c=1: 0, 1), c=3)))
def anno(a: 'List[int]', b: int = 3, *c: str, d: float, **e: dict) -> 'X': pass
print(signature(anno))
import typing
def t(a: typing.List[int], b: typing.Optional[str] = None) -> typing.Dict[str, typing.Any]: pass
print(signature(t))

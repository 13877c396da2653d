import inspect, functools
from inspect import Parameter, Signature, signature

def f(a, b=1, /, c=2, *args, d, e=3, **kw): pass
def g(x: int, y: 'str' = 'hi', *, z: list[int] = None) -> bool: pass
def h(): pass
lam = lambda p, q=2: p
for fn in (f, g, h, lam):
    s = signature(fn)
    print(str(s), repr(s))
    for p in s.parameters.values():
        print(' ', repr(p), p.kind, int(p.kind), p.kind.description, p.default is p.empty)
print(signature(g).return_annotation, signature(h).return_annotation is Signature.empty)

class A:
    def __init__(self, x, y=2): pass
    def m(self, a, *, b): pass
    @classmethod
    def cm(cls, q): pass
    @staticmethod
    def sm(r, s=1): pass
    def __call__(self, v): pass
print(signature(A), signature(A.m), signature(A(1).m), signature(A.cm), signature(A.sm), signature(A(1)))
class B:
    def __new__(cls, n, *rest): return object.__new__(cls)
print(signature(B))
class C: pass
print(signature(C))
class Meta(type):
    def __call__(cls, k, l=3): return 1
class D(metaclass=Meta): pass
print(signature(D))

print(signature(len), signature(dict.get), signature({}.get), signature(sorted), signature(print))
p = functools.partial(f, 1, 2, d=5)
print(signature(p))
def k(a, b, c=3): pass
print(signature(functools.partial(k, b=2)))
print(signature(functools.partial(k, 1)))
class P:
    def meth(self, a, b, c=1): pass
    pm = functools.partialmethod(meth, 1)
print(signature(P.pm), signature(P().pm))

@functools.wraps(k)
def wrapper(*args, **kwargs): pass
print(signature(wrapper), signature(wrapper, follow_wrapped=False))
def withsig(): pass
withsig.__signature__ = Signature([Parameter('zz', Parameter.KEYWORD_ONLY)])
print(signature(withsig))

# bind
s = signature(f)
for args, kwargs in [((1,), {'d': 4}), ((1, 2, 3, 4, 5), {'d': 4, 'x': 9}), ((), {'d': 1}),
                     ((1,), {}), ((1,), {'a': 2, 'd': 3}), ((1, 2), {'c': 3, 'd': 1}),
                     ((1, 2, 3), {'c': 3, 'd': 1})]:
    try:
        ba = s.bind(*args, **kwargs)
        print(ba, ba.args, ba.kwargs)
        ba.apply_defaults()
        print(' ', ba)
    except TypeError as e:
        print('TypeError', e)
s2 = signature(k)
for args, kwargs in [((1, 2, 3, 4), {}), ((1,), {'zz': 2}), ((1,), {'a': 2}), ((), {})]:
    try:
        print(s2.bind(*args, **kwargs))
    except TypeError as e:
        print('TypeError', e)
    try:
        print(s2.bind_partial(*args, **kwargs))
    except TypeError as e:
        print('TypeError', e)
ba = s2.bind(1, c=5, b=2)
print(ba.args, ba.kwargs, ba.arguments, ba.signature is s2, ba == s2.bind(1, 2, 5))

# construction errors
for make in [lambda: Parameter('1x', Parameter.POSITIONAL_ONLY),
             lambda: Parameter('a', 7),
             lambda: Parameter('a', Parameter.VAR_POSITIONAL, default=1),
             lambda: Parameter(3, Parameter.KEYWORD_ONLY),
             lambda: Parameter('class', Parameter.KEYWORD_ONLY),
             lambda: Signature([Parameter('a', Parameter.KEYWORD_ONLY), Parameter('b', Parameter.POSITIONAL_ONLY)]),
             lambda: Signature([Parameter('a', Parameter.POSITIONAL_ONLY, default=1), Parameter('b', Parameter.POSITIONAL_ONLY)]),
             lambda: Signature([Parameter('a', Parameter.POSITIONAL_ONLY), Parameter('a', Parameter.KEYWORD_ONLY)]),
             lambda: signature(3),
             ]:
    try:
        print(make())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
pa = Parameter('a', Parameter.POSITIONAL_OR_KEYWORD, default=1, annotation=int)
print(pa, pa.replace(name='b', default=Parameter.empty), pa == pa.replace(), hash(pa) == hash(pa.replace()))
sg = signature(g)
print(sg.replace(return_annotation=Signature.empty), sg == signature(g), sg.replace(parameters=[]))
print(Parameter.empty, Signature.empty is Parameter.empty, repr(Parameter.KEYWORD_ONLY))
print(Signature.from_callable(k), type(signature(k).parameters).__name__)

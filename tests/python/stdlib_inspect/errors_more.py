import inspect, functools
from inspect import Parameter, Signature, signature

for bad in [None, 1, 'x', [1]]:
    try:
        signature(bad)
    except TypeError as e:
        print('TypeError', e)
class NoCall:
    pass
try:
    signature(NoCall())
except TypeError as e:
    print('TypeError', str(e).split(' object at ')[0])
for mk in [lambda: Parameter('', Parameter.KEYWORD_ONLY),
           lambda: Parameter('a b', Parameter.KEYWORD_ONLY),
           lambda: Parameter('a', Parameter.VAR_KEYWORD, default=None),
           lambda: Parameter('a', 'POSITIONAL_ONLY'),
           lambda: Parameter('a', -1),
           lambda: Signature([Parameter('a', Parameter.VAR_KEYWORD), Parameter('b', Parameter.VAR_POSITIONAL)]),
           lambda: Signature([Parameter('b', Parameter.POSITIONAL_OR_KEYWORD, default=1), Parameter('c', Parameter.POSITIONAL_OR_KEYWORD)]),
           lambda: Signature([Parameter('b', Parameter.KEYWORD_ONLY, default=1), Parameter('c', Parameter.KEYWORD_ONLY)]),
           lambda: Signature([Parameter('a', Parameter.POSITIONAL_ONLY, default=1), Parameter('c', Parameter.POSITIONAL_OR_KEYWORD)]),
           ]:
    try:
        print('ok', mk())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
def f(a, b, /, c, *, d): pass
s = signature(f)
for args, kw in [((1,), {}), ((1, 2), {}), ((1, 2, 3), {}), ((1, 2, 3, 4), {'d': 1}), ((1, 2), {'c': 3, 'd': 4, 'e': 5}),
                 ((), {'a': 1, 'b': 2, 'c': 3, 'd': 4}), ((1, 2, 3), {'c': 3, 'd': 4}), ((1, 2, 3), {'d': 4, 'b': 9})]:
    try:
        print(s.bind(*args, **kw))
    except TypeError as e:
        print('TypeError', e)
    try:
        print(s.bind_partial(*args, **kw))
    except TypeError as e:
        print('TypeError', e)
try:
    signature(functools.partial(f, 1, 2, 3, 4))
except ValueError as e:
    print('ValueError', str(e).split(' at ')[0])
print(signature(functools.partial(f, 1, c=3)))
print(signature(functools.partial(f, 1, 2, d=3)))

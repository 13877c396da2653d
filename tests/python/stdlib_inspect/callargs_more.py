import inspect, functools

def none(): pass
def one(a): pass
def two(a, b): pass
def dflt(a, b=1, c=2): pass
def kwo(a, *, k, j=1): pass
def star(*args, **kw): pass
def three_missing(a, b, c): pass
cases = [(none, (1,), {}), (none, (1, 2), {}), (one, (), {}), (one, (1, 2), {}), (two, (1, 2, 3), {}),
         (dflt, (1, 2, 3, 4), {}), (dflt, (), {}), (kwo, (1,), {}), (kwo, (1, 2), {'k': 1}),
         (kwo, (1, 2), {}), (star, (1, 2), {'x': 3}), (three_missing, (), {}), (three_missing, (1,), {}),
         (kwo, (), {}), (one, (), {'a': 1, 'b': 2}), (dflt, (1,), {'c': 5}), (two, (1,), {'a': 1})]
for func, args, kwargs in cases:
    try:
        print(func.__name__, inspect.getcallargs(func, *args, **kwargs))
    except TypeError as e:
        print(func.__name__, 'TypeError', e)

class C:
    def m(self, x, y=2): pass
    @classmethod
    def c(cls, z): pass
print(sorted(inspect.getcallargs(C.c, 1).items(), key=str)[1:])
try:
    inspect.getcallargs(C().m)
except TypeError as e:
    print('TypeError', e)
try:
    inspect.getcallargs(len, 1)
except TypeError as e:
    print('TypeError', e)
print(inspect.getfullargspec(functools.partial(dflt, 1)))
print(inspect.getfullargspec(C.c))
print(inspect.getfullargspec(C))
def wrapped_target(q, r=1): pass
@functools.wraps(wrapped_target)
def wrapper(*a, **k): pass
print(inspect.getfullargspec(wrapper))

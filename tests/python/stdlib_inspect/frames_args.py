import inspect, sys, os

def where():
    frame = inspect.currentframe()
    print(frame.f_code.co_name, frame is sys._getframe())
    info = inspect.getframeinfo(frame)
    print(os.path.basename(info.filename), info.lineno, info.function, info.code_context, info.index)
    info = inspect.getframeinfo(frame, context=3)
    print(info.code_context, info.index)
    info = inspect.getframeinfo(frame, context=0)
    print(info.code_context, info.index, type(info).__name__, info._fields)
    outer = inspect.stack()
    print([(f.function, f.lineno, f.code_context) for f in outer])
    print(type(outer[0]).__name__, outer[0].frame is frame, outer[0][3], len(outer[0]))

def caller(a, b=2, *rest, k=1, **opts):
    local = 5
    where()
    args = inspect.getargvalues(sys._getframe())
    print(args.args, args.varargs, args.keywords, sorted(args.locals))
    return args

caller(1, 3, 4, k=2, z=1)

def boom():
    raise KeyError('x')

try:
    boom()
except KeyError:
    for f in inspect.trace():
        print(f.function, f.lineno, f.code_context, f.index)
    tb = sys.exc_info()[2]
    print(inspect.getframeinfo(tb.tb_next).function)
try:
    inspect.getframeinfo(1)
except (TypeError, AttributeError) as e:
    print(type(e).__name__)

def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int: pass
print(inspect.getfullargspec(f))
print(inspect.getfullargspec(lambda: 0))
class K:
    def m(self, x: int, *, y=2): pass
print(inspect.getfullargspec(K().m))
print(inspect.getfullargspec(len))
try:
    inspect.getfullargspec(3)
except TypeError as e:
    print('TypeError', e)

def g(a, b, c=3, *args, d, e=5, **kw): pass
print(inspect.getcallargs(g, 1, 2, d=4))
print(inspect.getcallargs(g, 1, 2, 3, 4, 5, d=4, x=1))
def h(a, b=2): pass
for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {'a': 2}), ((1,), {'z': 1})]:
    try:
        print(inspect.getcallargs(h, *args, **kwargs))
    except TypeError as e:
        print('TypeError', e)
try:
    inspect.getcallargs(g, 1, 2)
except TypeError as e:
    print('TypeError', e)
print(sorted(inspect.getcallargs(K().m, 1).items())[1:])

GLOBAL = 7
def make():
    free = 3
    def inner(x):
        return free + GLOBAL + len(x) + x.attr + missing_name
    return inner
cv = inspect.getclosurevars(make())
print(cv.nonlocals, cv.globals, sorted(cv.builtins), sorted(cv.unbound))

def gen():
    v = 1
    yield inspect.getgeneratorstate(it)
    yield 2
it = gen()
print(inspect.getgeneratorstate(it), inspect.getgeneratorlocals(it))
print(next(it), inspect.getgeneratorstate(it), inspect.getgeneratorlocals(it))
list(it)
print(inspect.getgeneratorstate(it), inspect.getgeneratorlocals(it))
try:
    inspect.getgeneratorlocals(3)
except TypeError as e:
    print('TypeError', e)
print(inspect.getargs(g.__code__))
print(inspect.get_annotations(f), inspect.get_annotations(K))
def sa(x: 'int') -> 'str': pass
print(inspect.get_annotations(sa, eval_str=True), inspect.signature(sa, eval_str=True))
try:
    inspect.get_annotations(3)
except TypeError as e:
    print('TypeError', e)

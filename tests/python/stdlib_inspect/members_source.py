import inspect, sys, types, functools, abc

def plain(a, b=2):
    """  Doc line.

        indented
    more
    """
    return a + b

def gen():
    yield 1

class Base:
    """Base doc."""
    __slots__ = ('slot',)
    attr = 1
    def method(self):
        "method doc"
        return 1
    @property
    def prop(self):
        return 2

class Child(Base):
    def method(self):
        return 3

class Abstract(abc.ABC):
    @abc.abstractmethod
    def need(self): pass

objs = [inspect, Base, Base.method, Base().method, plain, gen, gen(), len, [].append,
        dict.get, object().__str__, Base.__dict__['prop'], Base.__dict__['slot'],
        types.FunctionType.__code__, plain.__code__, 1, Abstract, Child]
preds = ['ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction', 'isgenerator',
         'iscoroutinefunction', 'iscoroutine', 'isawaitable', 'isasyncgenfunction', 'isasyncgen',
         'istraceback', 'isframe', 'iscode', 'isbuiltin', 'ismethoddescriptor',
         'isdatadescriptor', 'isgetsetdescriptor', 'ismemberdescriptor', 'isroutine',
         'isabstract', 'ismethodwrapper']
for name in preds:
    pred = getattr(inspect, name)
    print(name, ''.join('1' if pred(o) else '0' for o in objs))
print(inspect.isframe(sys._getframe()), inspect.isgeneratorfunction(functools.partial(gen)))
try:
    raise ValueError
except ValueError as e:
    print(inspect.istraceback(e.__traceback__))

print([n for n, v in inspect.getmembers(Child) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(Child, inspect.isfunction)])
print([n for n, v in inspect.getmembers(Child(), inspect.ismethod)])
print(inspect.getmro(Child) == (Child, Base, object))
print(repr(inspect.getdoc(plain)), inspect.getdoc(Child), inspect.getdoc(Child.method), inspect.getdoc(Child().method))
print(repr(inspect.cleandoc('\n\n   a\n     b\n\n')), repr(inspect.cleandoc('x\n\ty\n  z  ')))
print(inspect.getmodule(plain).__name__, inspect.getmodule(Base).__name__, inspect.getmodule(inspect) is inspect)
import os
print(os.path.basename(inspect.getfile(plain)), os.path.basename(inspect.getsourcefile(Base)))
print(inspect.getsource(plain), end='')
print(inspect.getsource(Child), end='')
print(inspect.getsource(Base.method), end='')
lines, start = inspect.getsourcelines(Child.method)
print(start, lines)
lam = lambda x: x + 1
print(inspect.getsource(lam), end='')
def deco(f): return f
@deco
def decorated(x):
    # comment
    return x

    # trailing
print(inspect.getsource(decorated), end='')
class Outer:
    class Inner:
        y = 2
print(inspect.getsource(Outer.Inner), end='')
for bad in (1, len):
    try:
        inspect.getfile(bad)
    except TypeError as e:
        print('TypeError', e)
def w(x): return x
@functools.wraps(w)
def ww(*a): return w(*a)
print(inspect.unwrap(ww) is w)
loop = lambda: 0
loop.__wrapped__ = loop
try:
    inspect.unwrap(loop)
except ValueError as e:
    print('ValueError', str(e).split(' at ')[0])

class Desc:
    def __get__(self, obj, kind): return 'got'
class Data(Desc):
    def __set__(self, obj, v): pass
class Holder:
    d = Desc()
    dd = Data()
    def __getattr__(self, name): return 'dynamic'
h = Holder()
h.__dict__['d'] = 'inst'
h.__dict__['dd'] = 'inst2'
print(type(inspect.getattr_static(Holder, 'd')).__name__, inspect.getattr_static(h, 'd'),
      type(inspect.getattr_static(h, 'dd')).__name__, inspect.getattr_static(h, 'zz', 'dflt'),
      h.zz, inspect.getattr_static(Holder, '__name__'))
try:
    inspect.getattr_static(h, 'nope')
except AttributeError as e:
    print('AttributeError', e)
print(inspect.formatannotation(int), inspect.formatannotation(list[int]),
      inspect.formatannotation(Base), inspect.formatannotation('x'), inspect.formatannotation(None))

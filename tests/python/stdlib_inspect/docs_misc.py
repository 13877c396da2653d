import inspect, functools, collections, json, sys

class Parent:
    """Parent doc."""
    def method(self):
        """Parent method doc."""
    @property
    def prop(self):
        """Parent prop doc."""
        return 1
    @classmethod
    def cm(cls):
        """Parent cm doc."""
class Child(Parent):
    def method(self):
        pass
    @property
    def prop(self):
        return 2
    @classmethod
    def cm(cls):
        pass
print(inspect.getdoc(Child), '|', inspect.getdoc(Child.method), '|', inspect.getdoc(Child().method))
print(inspect.getdoc(Child.prop), '|', inspect.getdoc(Child.cm), '|', inspect.getdoc(Child.__dict__['prop']))
print(inspect.getdoc(3) == inspect.getdoc(int), inspect.getdoc(None) is not None)
def nodoc(): pass
print(inspect.getdoc(nodoc), inspect.getdoc(lambda: 0))
class Obj:
    __doc__ = 42
print(inspect.getdoc(Obj))
print(repr(inspect.cleandoc('')), repr(inspect.cleandoc('   only')), repr(inspect.cleandoc('a\n\n  b\n    c\n  ')))
print(repr(inspect.cleandoc('\tx\n\t\ty')))
print(inspect.getmodule(json.dumps).__name__, inspect.getmodule(collections.OrderedDict).__name__,
      inspect.getmodule(Child.method).__name__, inspect.getmodule(3))
print(inspect.getmodule(Child().method).__name__, inspect.getmodule(sys._getframe().f_code).__name__)
print(inspect.getmro(bool), inspect.getmro(Child))
print(inspect.ismodule(sys), inspect.isclass(type), inspect.isclass(Child()),
      inspect.ismethod(Child.cm), inspect.ismethod(Child().method), inspect.isfunction(Child.method))
print(inspect.isroutine(Child.cm), inspect.isroutine(str.upper), inspect.isroutine(''.upper),
      inspect.isroutine(Child.prop), inspect.isdatadescriptor(Child.__dict__['prop']))
print(inspect.ismethoddescriptor(Child.__dict__['cm']), inspect.ismethoddescriptor(staticmethod(len)),
      inspect.isdatadescriptor(type.__dict__['__name__']), inspect.isgetsetdescriptor(type.__dict__['__name__']))
print(inspect.ismethodwrapper((1).__add__), inspect.ismethodwrapper(int.__add__), inspect.isbuiltin(sys.exit),
      inspect.isbuiltin([].pop), inspect.isbuiltin(list.pop))
def gf():
    yield
print(inspect.isgeneratorfunction(gf), inspect.isgeneratorfunction(functools.partial(gf)),
      inspect.isgenerator(gf()), inspect.isgenerator(iter([])), inspect.isawaitable(gf()),
      inspect.iscoroutinefunction(gf), inspect.isasyncgenfunction(gf))
class Meth:
    def g(self):
        yield 1
print(inspect.isgeneratorfunction(Meth().g), inspect.isgeneratorfunction(Meth.g))
print(inspect.getattr_static(Child, 'prop').__class__.__name__, inspect.getattr_static(Child(), 'cm').__class__.__name__)
print(inspect.getattr_static(3, 'real').__class__.__name__, inspect.getattr_static(int, 'from_bytes').__class__.__name__)
print(inspect.getattr_static(Child, '__doc__'), inspect.getattr_static(Child, 'mro').__class__.__name__)
ns = collections.namedtuple('ns', 'a b')
print([n for n, v in inspect.getmembers(ns(1, 2)) if not n.startswith('_')])
print([n for n, v in inspect.getmembers(ns, inspect.isdatadescriptor) if not n.startswith('__')])

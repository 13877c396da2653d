import inspect, types

class Props:
    a = 1
    @property
    def broken(self):
        raise AttributeError('nope')
    @property
    def fine(self):
        return 'fine'
    def __getattr__(self, name):
        raise AttributeError(name)
p = Props()
print([(n, v) for n, v in inspect.getmembers(p) if not n.startswith('__')])
print([(n, type(v).__name__) for n, v in inspect.getmembers_static(p) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(Props, inspect.isdatadescriptor) if not n.startswith('__')])
mod = types.ModuleType('fake')
mod.x = 1
mod.f = lambda: 0
print([n for n, v in inspect.getmembers(mod)])
print(inspect.getmembers(mod, inspect.isfunction)[0][0])

class Meta(type):
    meta_attr = 5
    @property
    def meta_prop(cls):
        return 'mp'
class WithMeta(metaclass=Meta):
    own = 1
print([n for n, v in inspect.getmembers(WithMeta) if not n.startswith('__')])
print(inspect.getattr_static(WithMeta, 'meta_attr'), type(inspect.getattr_static(WithMeta, 'meta_prop')).__name__)
print(inspect.getattr_static(WithMeta, 'own'))
class Sub(inspect.Signature):
    pass
s = Sub.from_callable(lambda a, b=2: 0)
print(type(s).__name__, s, type(s.replace()).__name__)
class MyParam(inspect.Parameter):
    pass
mp = MyParam('q', MyParam.KEYWORD_ONLY)
print(type(mp.replace(name='r')).__name__, mp.replace(name='r'))

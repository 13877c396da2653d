import sys
import types


def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno, f.f_globals["__name__"], sorted(f.f_locals)


def caller():
    local_value = 1
    return where()


print(caller())
print(sys._getframe().f_code.co_name, sys._getframe().f_back, type(sys._getframe()).__name__)
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError", e)

m = types.ModuleType("dynamic", "A module made at run time.")
print(m, m.__name__, m.__doc__, sorted(vars(m)))
exec("def hello():\n    return 'hello from ' + __name__\n", m.__dict__)
print(m.hello())
sys.modules["dynamic"] = m
import dynamic
print(dynamic is m)
try:
    types.ModuleType()
except TypeError as e:
    print("TypeError", e)


class Counter:
    def __init__(self):
        self.n = 0


def bump(self, by=1):
    self.n += by
    return self.n


c = Counter()
c.bump = types.MethodType(bump, c)
print(c.bump(), c.bump(5), c.bump.__self__ is c, c.bump.__func__ is bump)
try:
    types.MethodType(bump, None)
except TypeError as e:
    print("TypeError", e)
mp = types.MappingProxyType({"a": 1, "b": 2})
print(mp, str(mp), mp["a"], list(mp.items()), "a" in mp, mp.get("z", 0), len(mp))
try:
    mp["c"] = 3
except TypeError as e:
    print("TypeError", e)
print(bump.__get__(c)(), bump.__get__(None, Counter) is bump, classmethod(bump).__get__(None, Counter).__self__ is Counter)
print(staticmethod(bump).__get__(c) is bump, property(lambda s: s.n).__get__(c))
print("%s=%s" % types.SimpleNamespace(a=1).__dict__.popitem())

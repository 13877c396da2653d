import types, sys
print(types.FunctionType, types.LambdaType, types.MethodType, types.ModuleType, types.GeneratorType)
print(types.BuiltinFunctionType, types.BuiltinMethodType, types.NoneType, types.MappingProxyType, types.CodeType, types.CellType)
print(types.TracebackType, types.FrameType, types.EllipsisType, types.NotImplementedType)
ns = types.SimpleNamespace(a=1, b='x')
print(ns, ns == types.SimpleNamespace(b='x', a=1), ns != types.SimpleNamespace(a=2))
ns.c = ns; print(ns); print(types.SimpleNamespace(r=2))
class NS(types.SimpleNamespace): pass
print(NS(z=3))
def f(): pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(sys, types.ModuleType))
m = types.ModuleType("mymod", "the doc"); m.x = 1; print(m, m.__doc__, m.x, m.__name__)
class K:
    def __init__(self): self.v = 9
bm = types.MethodType(lambda self, a: self.v + a, K()); print(bm(1))
mp = types.MappingProxyType({'a': 1}); print(mp, mp['a'], len(mp), list(mp))
try: mp['b'] = 2
except TypeError as e: print(e)
print(types.GenericAlias(list, (int,)), types.GenericAlias(dict, (str, int)))
C = types.new_class("C", (object,), {}, lambda ns: ns.update(x=5)); print(C.__name__, C.x)
print(types.resolve_bases((int,)), types.prepare_class("X", (int,))[0])
print(isinstance((x for x in ()), types.GeneratorType))

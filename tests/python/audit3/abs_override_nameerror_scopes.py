import builtins, gc, weakref
del builtins.abs
print((-3).__abs__(), (-2.5).__abs__())
class I(int): pass
print(I(-4).__abs__())
builtins.abs = lambda x: x.__abs__()
print(abs(-3))
class Marker: pass
ns = {"m": Marker()}
w = weakref.ref(ns["m"])
exec("try:\n    undefined_zz\nexcept NameError as e:\n    err = e\n", ns)
del ns
gc.collect()
print(w())

# `module.function(...)` (a method-style call on a module) at one call site, while the
# module's globals are replaced, deleted, re-added and shadowed by the module's
# __getattr__: every call sees the module as it is now.
import sys
import types

m = types.ModuleType("m")
exec("def f(x):\n    return 'f%d' % x\ndef g(x):\n    return 'g%d' % x\n", m.__dict__)


def call(mod, i):
    return mod.f(i)


out = []
for i in range(12):
    if i == 3:
        m.f = m.g
    if i == 5:
        m.f = lambda x: "lambda%d" % x
    if i == 6:
        del m.f
        m.__getattr__ = lambda name: (lambda x: "getattr-%s-%d" % (name, x))
    if i == 8:
        del m.__getattr__
        m.f = len
    try:
        out.append(call(m, i) if i < 8 else call(m, [0] * i))
    except Exception as e:
        out.append("%s: %s" % (type(e).__name__, e))
    if i == 9:
        del m.f
print(out)

# A module whose dict gains many keys (it is re-sized) between calls.
n = types.ModuleType("n")
n.f = str.upper
print([call(n, "a") if False else n.f("ab%d" % k) for k in range(2)])
for k in range(100):
    setattr(n, "x%d" % k, k)
print(n.f("cd"), sum(getattr(n, "x%d" % k) for k in range(100)))

# The same call site with different modules, one of them a module subclass.
class M(types.ModuleType):
    def __getattribute__(self, name):
        if name == "f":
            return lambda x: "subclass %d" % x
        return super().__getattribute__(name)

sub = M("sub")
sub.f = lambda x: "never"
mods = [m, sub, n, sys.modules[__name__]]
f = lambda x: "main %d" % x
for mod in mods:
    try:
        print(call(mod, 7) if mod is not n else call(mod, "s"))
    except Exception as e:
        print(type(e).__name__, e)


# The cache belongs to plain modules: a module whose class changes after the call site
# has seen it, a module subclass serving the name first, and another object sharing a
# module's dict all read what CPython reads.
class PropModule(types.ModuleType):
    @property
    def f(self):
        return lambda *a: "property f"


class HookModule(types.ModuleType):
    def __getattribute__(self, name):
        if name == "f":
            return lambda *a: "__getattribute__ f"
        return super().__getattribute__(name)


p = types.ModuleType("p")
p.f = lambda *a: "dict f"


def plain_call(mod):
    return mod.f()


def plain_load(mod):
    return mod.f


print(plain_call(p), plain_call(p), plain_load(p)())
p.__class__ = PropModule
print(plain_call(p), plain_load(p)())
p.__class__ = HookModule
print(plain_call(p), plain_load(p)())
p.__class__ = types.ModuleType
print(plain_call(p), plain_load(p)())


class Sharer:
    @property
    def f(self):
        return lambda *a: "Sharer property"


s = Sharer()
s.__dict__ = p.__dict__
print(plain_call(p), plain_call(s), plain_load(p)(), plain_load(s)())

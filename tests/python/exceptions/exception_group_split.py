# split / subgroup / derive: matching by type, tuple or predicate; identity rules;
# the metadata copied onto the parts.
def show(label, pair):
    if isinstance(pair, tuple):
        print(label, [repr(p) for p in pair])
    else:
        print(label, repr(pair))

v1, t2, k3, v4 = ValueError(1), TypeError(2), KeyError(3), ValueError(4)
inner = ExceptionGroup("inner", [t2, v4])
eg = ExceptionGroup("outer", [v1, inner, k3])

show("split V", eg.split(ValueError))
show("split T", eg.split(TypeError))
show("split (V,K)", eg.split((ValueError, KeyError)))
show("split LookupError", eg.split(LookupError))
show("split OSError", eg.split(OSError))
show("split Exception", eg.split(Exception))
show("subgroup V", eg.subgroup(ValueError))
show("subgroup OSError", eg.subgroup(OSError))
show("split pred", eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 2))
show("split pred groups", eg.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner"))

# identity: all of it matches -> the group itself, nothing -> None
print(eg.subgroup(Exception) is eg, eg.split(Exception)[0] is eg)
print(eg.subgroup(lambda e: True) is eg)
print(eg.subgroup(ExceptionGroup) is eg)
print(eg.split(OSError)[1] is eg)
m, r = eg.split(ValueError)
print(m.exceptions[0] is v1, m.exceptions[1].exceptions[0] is v4, r.exceptions[1] is k3)
one = ExceptionGroup("one", [v1])
print(one.subgroup(ValueError) is one)

# predicate sees groups first, then leaves
seen = []
def pred(e):
    seen.append(type(e).__name__)
    return False
eg.split(pred)
print(seen)

# derive
d = eg.derive([KeyError("x")])
print(type(d).__name__, repr(d), d.__traceback__, d.__cause__, d.__context__)
d = eg.derive([KeyboardInterrupt()])
print(type(d).__name__, repr(d))

# metadata copied onto split parts
try:
    try:
        raise RuntimeError("ctx")
    except RuntimeError:
        raise ExceptionGroup("meta", [ValueError(1), TypeError(2)]) from KeyError("cause")
except ExceptionGroup as caught:
    g = caught
g.add_note("note 1")
m, r = g.split(ValueError)
for part in (m, r):
    print(repr(part), repr(part.__cause__), repr(part.__context__), part.__suppress_context__)
    print(part.__traceback__ is g.__traceback__, part.__notes__, part.__notes__ is g.__notes__)
plain = ExceptionGroup("plain", [ValueError(1), TypeError(2)])
pm, pr = plain.split(ValueError)
print(plain.__suppress_context__, pm.__suppress_context__, hasattr(pm, "__notes__"))
g.__notes__ = "not a list"
print(hasattr(g.split(ValueError)[0], "__notes__"))

# a subclass with its own __new__ and derive
class EG(ExceptionGroup):
    def __new__(cls, message, excs, errcode):
        obj = super().__new__(cls, message, excs)
        obj.errcode = errcode
        return obj

    def derive(self, excs):
        return EG(self.message, excs, self.errcode)

x = EG("custom", [ValueError(1), TypeError(2)], 42)
print(repr(x), x.args, x.errcode)
m, r = x.split(ValueError)
print(repr(m), repr(r), m.errcode, r.errcode, type(m).__name__)

class Plain(ExceptionGroup):
    pass

p = Plain("p", [ValueError(1), TypeError(2)])
m, r = p.split(ValueError)
print(type(m).__name__, type(r).__name__, repr(m))

class WithInit(ExceptionGroup):
    def __init__(self, message, excs):
        super().__init__(message, excs)
        self.extra = len(excs)

w = WithInit("w", [ValueError()])
print(repr(w), w.extra, w.args)

class Renamed(ExceptionGroup):
    def __str__(self):
        return "custom str"

print(str(Renamed("r", [ValueError()])), repr(Renamed("r", [ValueError()])))

class NewOnly(Exception):
    def __new__(cls, *args):
        return super().__new__(cls, "replaced")

print(NewOnly(1, 2).args)

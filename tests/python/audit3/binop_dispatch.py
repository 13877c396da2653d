import operator
ops = [("+", "add"), ("-", "sub"), ("*", "mul"), ("@", "matmul"), ("/", "truediv"), ("//", "floordiv"),
       ("%", "mod"), ("**", "pow"), ("<<", "lshift"), (">>", "rshift"), ("&", "and"), ("^", "xor"), ("|", "or")]

class Tr:
    """Implements every forward, reflected and in-place op, logging calls."""
    def __init__(self, n): self.n = n
    def __repr__(self): return f"{type(self).__name__}({self.n})"
def mk(name, kind):
    def f(self, other):
        return f"{type(self).__name__}.{kind}{name}({other!r})"
    return f
for sym, name in ops:
    setattr(Tr, f"__{name}__", mk(name, ""))
    setattr(Tr, f"__r{name}__", mk(name, "r"))
    setattr(Tr, f"__i{name}__", mk(name, "i"))
class Sub(Tr): pass
class SubOverride(Tr):
    pass
for sym, name in ops:
    setattr(SubOverride, f"__r{name}__", mk(name, "r"))

for sym, name in ops:
    a = Tr(1)
    print(sym, eval(f"a {sym} 2"), "|", eval(f"2 {sym} a"), "|", eval(f"a {sym} SubOverride(2)"), "|", eval(f"a {sym} Sub(3)"))
    x = Tr(1)
    exec(f"x {sym}= 5")
    print("  in-place:", x)

# NotImplemented fallthrough
class NI:
    def __add__(self, o): print("NI.add"); return NotImplemented
    def __radd__(self, o): print("NI.radd"); return NotImplemented
    def __iadd__(self, o): print("NI.iadd"); return NotImplemented
    def __pow__(self, o, mod=None): return NotImplemented
    def __rpow__(self, o): return NotImplemented
class R:
    def __radd__(self, o): return "R.radd"
    def __add__(self, o): return "R.add"
n = NI()
print(n + R())
try:
    n + n
except TypeError as e:
    print("TypeError", e)
x = NI()
try:
    x += 1
except TypeError as e:
    print("TypeError", e)
y = NI()
y += R()
print(y)
try:
    n ** 2
except TypeError as e:
    print("TypeError", e)
try:
    pow(n, 2, 3)
except TypeError as e:
    print("TypeError", e)
# ops unsupported for each operator
class Empty: pass
for sym, name in ops:
    try:
        eval(f"Empty() {sym} 1")
    except TypeError as e:
        print("TypeError", e)
    try:
        v = [1]
        exec(f"v {sym}= Empty()") if sym not in ("+", "*") else exec(f"v = 1.5\nv {sym}= Empty()")
    except TypeError as e:
        print("TypeError", e)
# same type: no reflected call
class Same:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): print("radd called?"); return "r"
try:
    Same() + Same()
except TypeError as e:
    print("TypeError", e)
# subclass reflected only tried first if it overrides __radd__
class Base:
    def __add__(self, o): return "Base.add"
    def __radd__(self, o): return "Base.radd"
class Derived(Base): pass
class Derived2(Base):
    def __radd__(self, o): return "Derived2.radd"
print(Base() + Derived(), Base() + Derived2(), Derived2() + Base())
# builtin int vs int subclass with __radd__
class MyInt(int):
    def __radd__(self, o): return "MyInt.radd"
    def __rsub__(self, o): return NotImplemented
print(1 + MyInt(2), MyInt(2) + 1, 5 - MyInt(2))
# __iadd__ returning value rebinds
class Acc:
    def __init__(self): self.v = []
    def __iadd__(self, o): self.v.append(o); return "replaced"
a = Acc(); a += 1; print(a)
# in-place on list attr and subscript
class Holder: pass
h = Holder(); h.l = [1]; h.l += [2]; print(h.l)
d = {"k": (1,)}; d["k"] += (2,); print(d)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError", e, t)
# pow 3-arg and rpow
class P3:
    def __pow__(self, e, m=None): return ("pow", e, m)
    def __rpow__(self, b, m=None): return ("rpow", b, m)
print(P3() ** 2, pow(P3(), 2, 5), 2 ** P3(), pow(2, P3()))
try:
    pow(2, P3(), 5)
except TypeError as e:
    print("TypeError", e)
# operator module
print(operator.add(Tr(1), 2), operator.iadd(Tr(1), 2), operator.matmul(2, Tr(1)))
# divmod / rdivmod
class DM:
    def __divmod__(self, o): return "divmod"
    def __rdivmod__(self, o): return "rdivmod"
print(divmod(DM(), 1), divmod(1, DM()))
try:
    divmod(Empty(), 1)
except TypeError as e:
    print("TypeError", e)
# mixed errors with builtins
for expr in ["[1] + (1,)", "'a' * 'b'", "None + 1", "1 @ 2", "{} | []", "'a' - 1", "[] < 1", "-'a'", "~1.5", "abs('x')", "+[]"]:
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError", e)

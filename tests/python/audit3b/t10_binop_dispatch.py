def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
ops = [("+","add"),("-","sub"),("*","mul"),("/","truediv"),("//","floordiv"),("%","mod"),("**","pow"),("<<","lshift"),(">>","rshift"),("&","and"),("|","or"),("^","xor"),("@","matmul")]
class L:
    pass
class R:
    pass
for sym, name in ops:
    def mk(name):
        def fwd(self, o): return f"L.__{name}__"
        def ref(self, o): return f"R.__r{name}__"
        return fwd, ref
    fwd, ref = mk(name)
    setattr(R, f"__r{name}__", ref)
for sym, name in ops:
    t(lambda: eval(f"L() {sym} R()"))
    t(lambda: eval(f"R() {sym} L()"))
    t(lambda: eval(f"1 {sym} R()"))
    t(lambda: eval(f"R() {sym} 1"))
# in-place fallback
class I:
    def __init__(self): self.log = []
for sym, name in ops:
    def mk2(name):
        def ip(self, o):
            return NotImplemented
        def fw(self, o):
            return "fwd " + name
        return ip, fw
    ip, fw = mk2(name)
    setattr(I, f"__i{name}__", ip)
    setattr(I, f"__{name}__", fw)
for sym, name in ops:
    def go(sym=sym):
        x = I()
        exec(f"x {sym}= 1", {"x": x}, d := {"x": x})
        return d["x"]
    t(go)
class N: pass
for sym, name in ops:
    def go2(sym=sym):
        d = {"x": N()}
        exec(f"x {sym}= N()", {"N": N}, d)
    t(go2)
t(lambda: pow(N(), 2, 3))
class PW:
    def __pow__(self, o, mod=None): return ("pow", o, mod)
    def __rpow__(self, o, mod=None): return ("rpow", o, mod)
t(lambda: pow(PW(), 2, 3))
t(lambda: pow(2, PW()))
t(lambda: pow(2, PW(), 5))
t(lambda: divmod(N(), 1))
class DM:
    def __divmod__(self, o): return "dm"
    def __rdivmod__(self, o): return "rdm"
t(lambda: divmod(DM(), 1))
t(lambda: divmod(1, DM()))

def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
class Acc:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): self.v += o; return self
    def __isub__(self, o): return "isub-result"
    def __imul__(self, o): return None
    def __repr__(self): return f"Acc({self.v})"
a = Acc(1)
b = a
a += 5
t(lambda: (a, b, a is b))
a -= 1
t(lambda: a)
a = Acc(1)
a *= 2
t(lambda: a)
# inplace on attributes and subscripts: evaluation order
class Obj:
    def __init__(self): self._x = Acc(0)
    @property
    def x(self): print("get x"); return self._x
    @x.setter
    def x(self, v): print("set x", v); self._x = v
o = Obj()
o.x += 3
class Box:
    def __init__(self): self.d = {}
    def __getitem__(self, k): print("getitem", k); return self.d.get(k, 0)
    def __setitem__(self, k, v): print("setitem", k, v); self.d[k] = v
bx = Box()
def key(): print("key eval"); return "k"
bx[key()] += 10
t(lambda: bx.d)
# inplace on tuple element that's a list: mutation then TypeError
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print("TypeError", e, tup)
# no inplace, no binary
class N: pass
n = N()
for op in ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="]:
    try:
        exec(f"n {op} 1", {"n": n})
    except TypeError as e:
        print(e)
# reflected used for inplace
class R:
    def __radd__(self, o): return "radd"
    def __rmatmul__(self, o): return "rmatmul"
x = 1
x += R()
t(lambda: x)
y = [1]
try:
    y @= R()
    t(lambda: y)
except TypeError as e:
    print(e)
# list += iterable (uses extend) vs list + tuple
l = [1]
l += (2, 3)
t(lambda: l)
t(lambda: [1] + (2,))
s = {1}
s |= {2}
s &= {2, 3}
t(lambda: s)
d = {"a": 1}
d |= [("b", 2)]
t(lambda: d)
t(lambda: {"a": 1} | [("b", 2)])
# str += on subclass with __iadd__
class MS(str):
    def __iadd__(self, o): return MS("iadd:" + o)
m = MS("x")
m += "y"
t(lambda: (m, type(m).__name__))
# __ipow__ with 3 args? 
class IP:
    def __ipow__(self, o): return ("ipow", o)
z = IP()
z **= 2
t(lambda: z)

# container & misc special methods
class Seq:
    def __init__(self, data): self.data = list(data)
    def __len__(self): return len(self.data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return ("slice", i.start, i.stop, i.step)
        return self.data[i]
    def __setitem__(self, i, v):
        print("setitem", i, v)
    def __delitem__(self, i):
        print("delitem", i)
    def __contains__(self, x):
        print("contains", x); return x == 99
    def __reversed__(self):
        return iter(["rev"])
s = Seq([1, 2, 3])
print(len(s), s[0], s[1:2], s[::2], s[:], s[1:2:3])
s[0] = 5; s[1:3] = [7]; del s[2]; del s[::2]
print(99 in s, 1 in s, 99 not in s)
print(list(reversed(s)), list(s), [*s], sorted(s, reverse=True))
s2 = Seq([])
try:
    s[10]
except IndexError as e:
    print("IndexError", e)
print(bool(s), bool(s2))
s[1, 2] = 3
print(s[...] if False else "ok")
# __len__ errors
class BadLen:
    def __init__(self, v): self.v = v
    def __len__(self): return self.v
for v in (-1, "x", 2**100, 3.0):
    try:
        print(len(BadLen(v)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    bool(BadLen(-1))
except ValueError as e:
    print("ValueError", e)
class IdxLen:
    def __index__(self): return 4
class LenIdx:
    def __len__(self): return IdxLen()
# __iter__ returning non-iterator
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError", e)
try:
    for _ in BadIter(): pass
except TypeError as e:
    print("TypeError", e)
class NoIter: pass
for f in (iter, list, lambda x: [*x], lambda x: 1 in x, reversed, len):
    try:
        f(NoIter())
    except TypeError as e:
        print("TypeError", e)
# __iter__ = None blocks iteration
class BlockedRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(BlockedRev())
except TypeError as e:
    print("TypeError", e)
class Reversible:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
print(list(reversed(Reversible())))
# __call__
class Callme:
    def __call__(self, *a, **k): return (a, k)
print(Callme()(1, x=2), callable(Callme()), callable(Callme))
# __index__
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print([10, 20, 30][Idx(1)], "abc"[Idx(-1)], bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), range(Idx(3))[-1], [1, 2, 3][Idx(0):Idx(2)])
print(int(Idx(7)) if hasattr(int, "__index__") else "", operator_index := __import__("operator").index(Idx(9)))
try:
    [1][Idx("x")]
except TypeError as e:
    print("TypeError", e)
try:
    k = "x"
    [1][k]
except TypeError as e:
    print("TypeError", e)
# __int__ and __float__
class Num:
    def __int__(self): return 42
    def __float__(self): return 2.5
print(int(Num()), float(Num()))
class BadInt:
    def __int__(self): return "x"
    def __float__(self): return 1
for f in (int, float):
    try:
        f(BadInt())
    except TypeError as e:
        print("TypeError", e)
try:
    int(object())
except TypeError as e:
    print("TypeError", e)
try:
    float(object())
except TypeError as e:
    print("TypeError", e)
class OnlyIndex:
    def __index__(self): return 3
print(int(OnlyIndex()), float(OnlyIndex()))
# unary
class U:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __abs__(self): return "abs"
    def __invert__(self): return "inv"
u = U()
print(-u, +u, abs(u), ~u, not u)
# __format__
class Fmt:
    def __format__(self, spec): return f"<{spec}>"
print(f"{Fmt()}", f"{Fmt():>10}", format(Fmt(), "x"), "{:abc}".format(Fmt()), f"{Fmt()!s:5}"[:3])
class NoFmt: 
    def __str__(self): return "nofmt"
print(format(NoFmt()), f"{NoFmt()}")
try:
    format(NoFmt(), "d")
except TypeError as e:
    print("TypeError", e)
class BadFmt:
    def __format__(self, spec): return 5
try:
    format(BadFmt())
except TypeError as e:
    print("TypeError", e)
# __str__/__repr__ bad returns
class BadStr:
    def __str__(self): return 1
    def __repr__(self): return 2
for f in (str, repr, print):
    try:
        f(BadStr())
    except TypeError as e:
        print("TypeError", e)
class OnlyRepr:
    def __repr__(self): return "R!"
print(str(OnlyRepr()), OnlyRepr(), [OnlyRepr()], f"{OnlyRepr()}", "%s %r" % (OnlyRepr(), OnlyRepr()))
class StrSub(str): pass
class RetStrSub:
    def __str__(self): return StrSub("sub")
print(type(str(RetStrSub())).__name__)
# special method lookup on type, not instance
class Inst:
    pass
i = Inst()
i.__len__ = lambda: 5
i.__repr__ = lambda: "inst repr"
try:
    len(i)
except TypeError as e:
    print("TypeError", e)
print(repr(i).startswith("<__main__.Inst object"))

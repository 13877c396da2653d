def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return ("slice", i.start, i.stop, i.step)
        if i >= self.n: raise IndexError(i)
        return i * 10
s = Seq(3)
t(lambda: list(s))
t(lambda: s[1:2])
t(lambda: s[::2])
t(lambda: s[1:])
t(lambda: s[:, 1])
t(lambda: 20 in s)
t(lambda: 25 in s)
t(lambda: list(reversed(s)))
t(lambda: sorted(s, reverse=True))
t(lambda: tuple(s))
t(lambda: sum(s))
t(lambda: dict.fromkeys(s))
t(lambda: [*s])
a, b, c = s
t(lambda: (a, b, c))
def unpack():
    x, y = s
t(unpack)
class M:
    def __init__(self): self.d = {}
    def __setitem__(self, k, v): print("set", k, v); self.d[k] = v
    def __getitem__(self, k): return self.d[k]
    def __delitem__(self, k): print("del", k); del self.d[k]
m = M()
m["a"] = 1
m[1:2] = "x"
m[1, 2] = "tup"
t(lambda: m[1, 2])
del m["a"]
t(lambda: m["a"])
def d2(): del m["zz"]
t(d2)
m["c"] = 0
m["c"] += 5
t(lambda: m["c"])
class NoSet:
    def __getitem__(self, k): return 1
def ns(): NoSet()[0] = 1
t(ns)
def nd(): del NoSet()[0]
t(nd)
t(lambda: object()[0])
def so(): o = object(); o[0] = 1
t(so)
t(lambda: len(object()))
class BadLen:
    def __len__(self): return -1
t(lambda: len(BadLen()))
class BadLen2:
    def __len__(self): return "3"
t(lambda: len(BadLen2()))
class BigLen:
    def __len__(self): return 2**70
t(lambda: len(BigLen()))
t(lambda: bool(BigLen()))
class Cont:
    def __contains__(self, x): return x == 5 and "yes"
t(lambda: 5 in Cont())
t(lambda: 6 not in Cont())
class NoCont: pass
t(lambda: 1 in NoCont())
class ItOnly:
    def __iter__(self): return iter([1, 2, 3])
t(lambda: 2 in ItOnly())
class BadIter:
    def __iter__(self): return 5
t(lambda: iter(BadIter()))
t(lambda: list(BadIter()))
t(lambda: 1 in BadIter())
class IterNone:
    __iter__ = None
t(lambda: iter(IterNone()))
class NextOnly:
    def __next__(self): return 1
t(lambda: iter(NextOnly()))
class Rev:
    def __reversed__(self): return iter("cba")
t(lambda: list(reversed(Rev())))
class NoRev:
    def __len__(self): return 2
t(lambda: reversed(NoRev()))
t(lambda: reversed(5))
class LenHint:
    def __length_hint__(self): return 7
import operator
t(lambda: operator.length_hint(LenHint()))
class MissingDict(dict):
    def __missing__(self, k): return k * 2
t(lambda: MissingDict()["ab"])
t(lambda: MissingDict().get("ab"))

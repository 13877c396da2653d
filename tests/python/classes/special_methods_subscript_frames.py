"""Special methods called by subscripts and `in` (`__getitem__`, `__setitem__`,
`__delitem__`, `__contains__`): results, ignored return values, truth of odd results,
errors and tracebacks through them, recursion, classes patched between calls, and the
methods' shapes the eval loop runs as frames of their own next to those it does not."""
class H:
    def __init__(self): self.d = {}
    def __getitem__(self, k):
        if k == "boom": raise KeyError(k)
        return self.d.get(k, k)
    def __setitem__(self, k, v):
        self.d[k] = v
        return "ignored"
    def __delitem__(self, k):
        del self.d[k]
        return 5
    def __contains__(self, k):
        return k in self.d

h = H()
h["a"] = 1
print(h["a"], h["b"], "a" in h, "b" in h, "a" not in h, "b" not in h)
del h["a"]
print("a" in h)
try:
    h["boom"]
except KeyError as e:
    print("KeyError", e)
try:
    del h["zz"]
except KeyError as e:
    print("del KeyError", e)

class Odd:
    def __contains__(self, k):
        return k  # not a bool
print(0 in Odd(), 1 in Odd(), "" in Odd(), "x" in Odd(), [] not in Odd())

class BadBool:
    def __bool__(self): raise ValueError("no truth")
class C2:
    def __contains__(self, k): return BadBool()
try:
    1 in C2()
except ValueError as e:
    print("ValueError", e)

class Rec:
    def __getitem__(self, k): return self[k]
try:
    Rec()[1]
except RecursionError as e:
    print("RecursionError", e)

class WithDefault:
    def __getitem__(self, k, extra=10): return (k, extra)
print(WithDefault()[3])

class Gen:
    def __getitem__(self, k):
        yield k
print(type(Gen()[1]).__name__)

class L(list):
    def __getitem__(self, i): return ("L", list.__getitem__(self, i))
    def __setitem__(self, i, v): list.__setitem__(self, i, v * 2)
    def __contains__(self, x): return x == 42
l = L([1, 2, 3])
l[0] = 5
print(l[0], l, 42 in l, 1 in l)

# patched later
class P:
    def __getitem__(self, k): return 1
p = P()
vals = []
for i in range(3):
    vals.append(p[0])
    P.__getitem__ = lambda self, k: 2
print(vals)

# instance attribute doesn't shadow the special method
q = P()
q.__getitem__ = lambda k: 99
print(q[0])

# traceback through __getitem__
import traceback
class T:
    def __getitem__(self, k):
        return 1 / 0
def f():
    return T()[1]
try:
    f()
except ZeroDivisionError as e:
    import re
    print(re.sub(r'File ".*[/\\]', 'File "', traceback.format_exc()))

# setitem in a loop in a function with many locals
def g():
    h = H()
    for i in range(100):
        h[i] = i * i
    s = 0
    for i in range(100):
        s += h[i]
        if i in h: s += 1
    return s
print(g())
# __setitem__ raising
class S:
    def __setitem__(self, k, v): raise TypeError("nope %r" % (v,))
try:
    S()[1] = 2
except TypeError as e:
    print(e)
# keyword-only / *args special methods: general path
class K:
    def __getitem__(self, *a): return a
print(K()[1, 2])
# __contains__ with not in result inversion using __len__ object
class Ln:
    def __len__(self): return 0
class C3:
    def __contains__(self, k): return Ln()
print(1 in C3(), 1 not in C3())

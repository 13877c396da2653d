class MyInt(int):
    def __new__(cls, v, tag="t"):
        o = super().__new__(cls, v)
        o.tag = tag
        return o
    def __repr__(self): return f"MyInt({int(self)}, {self.tag})"
m = MyInt(5, "x")
print(m, m + 1, type(m + 1).__name__, m * 2, -m, type(-m).__name__, m == 5, hash(m) == hash(5), m.tag)
print(str(m), f"{m:04d}", int(m), type(int(m)).__name__, isinstance(m, int), [0, 1, 2, 3, 4, 5][m])
print(MyInt("7", "s"), bin(m), m.bit_length())
class Flag(int):
    pass
print(repr(Flag(3)), Flag(3) | 1, type(Flag(3) | 1).__name__, sorted([Flag(2), Flag(1)]))
class MyStr(str):
    def shout(self): return self.upper() + "!"
s = MyStr("hi")
print(s, repr(s), s.shout(), type(s + "x").__name__, type(s.upper()).__name__, type(s[0]).__name__, s == "hi", {"hi": 1}[s])
print(type(str(s)).__name__, "%s" % s, f"{s}", len(s), "h" in s, s * 2, list(s))
class Upper(str):
    def __new__(cls, v): return super().__new__(cls, v.upper())
print(Upper("abc"), Upper("abc") == "ABC", type(Upper("a")).__name__)
class MyList(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = 1
    def append(self, x):
        super().append(x * 10)
l = MyList([1, 2])
l.append(3)
print(l, type(l).__name__, repr(l), l.extra, len(l), type(l + [1]).__name__, type(l[:1]).__name__, type(l * 2).__name__)
l += [4]
print(type(l).__name__, l)
l.extend([5])  # extend doesn't call append
print(l, sorted(l, reverse=True), l == [10, 2, 30, 4, 5], isinstance(l, list))
class Counter(dict):
    def __missing__(self, k): return 0
    def __setitem__(self, k, v):
        super().__setitem__(k, v + 100)
c = Counter(a=1)
c["b"] = 2
print(c, c["zz"], c.get("zz"), "zz" in c, type(c).__name__)
c.update({"d": 3})  # update bypasses __setitem__
print(c, dict(c), type(dict(c)).__name__, c.copy(), type(c.copy()).__name__)
class DefaultD(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 2
dd = DefaultD(x=1)
print(dd["x"], dd.get("x"), list(dd.values()), f"{dd!r}")
class Point(tuple):
    def __new__(cls, x, y): return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    def __repr__(self): return f"Point{tuple.__repr__(self)}"
p = Point(1, 2)
print(p, p.x, p + (3,), type(p + (3,)).__name__, p == (1, 2), hash(p) == hash((1, 2)), len(p), p[::-1])
a, b = p
print(a, b)
class FS(frozenset): pass
print(type(FS([1]) | {2}).__name__, FS([1]) == {1})
class MyFloat(float):
    def __str__(self): return "MF" + super().__str__()
print(MyFloat(1.5), repr(MyFloat(1.5)), MyFloat(1.5) + 1, f"{MyFloat(2.5)}", str(MyFloat(2.5)))
class B(bytes): pass
print(B(b"ab"), type(B(b"ab")[0:1]).__name__)
# builtin subclass with __eq__ override used by containers
class CI(str):
    def __eq__(self, o): return self.lower() == o.lower()
    def __hash__(self): return hash(self.lower())
print(CI("A") in ["a"], CI("A") == "a", "a" == CI("A"), {CI("A"): 1}.get("a"))
# overriding __len__/__iter__ on list subclass affects builtins?
class L2(list):
    def __len__(self): return 99
    def __iter__(self): return iter(["over"])
l2 = L2([1, 2])
print(len(l2), list(l2), [*l2], bool(l2), sum(1 for _ in l2))
class L3(list):
    def __getitem__(self, i): return "gi"
print(L3([1])[0], list(L3([1, 2])))
# object slot types
print(MyInt.__mro__[1:] == (int, object), MyStr.__base__ is str)
# user exceptions
class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg, code)
        self.code = code
    def __str__(self): return f"[{self.code}] {self.args[0]}"
try:
    raise AppError("bad", 7)
except Exception as e:
    print(type(e).__name__, e, e.args, e.code, repr(e))
class NoInit(ValueError): pass
e = NoInit("a", 1)
print(e, repr(e), e.args, str(NoInit()), repr(NoInit()))
class KE(KeyError): pass
print(str(KE("k")), str(KeyError("k")), str(KE("a", "b")))
class WithAttrs(Exception):
    def __init__(self, x):
        self.x = x
w = WithAttrs(5)
print(w.args, str(w), repr(w))
class NewOnly(Exception):
    def __new__(cls, *a):
        o = super().__new__(cls, *a)
        o.via_new = True
        return o
print(NewOnly(1).args, NewOnly(1).via_new)
class Stop(StopIteration): pass
def g():
    yield 1
    raise Stop("x")
try:
    list(g())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
class MyIter:
    def __iter__(self): return self
    def __next__(self): raise Stop
print(list(MyIter()))
try:
    raise AppError("m", 1) from KeyError("k")
except AppError as e:
    print(repr(e.__cause__), e.__suppress_context__)
# exception in with __exit__ of user exception types
class BaseErr(BaseException): pass
try:
    try:
        raise BaseErr("base")
    except Exception:
        print("wrong")
except BaseException as e:
    print("caught BaseException subclass", e)
print(issubclass(AppError, Exception), AppError.__mro__[-3:])
e = AppError("z", 2)
e2 = ValueError("v").with_traceback(None)
print(e2.__traceback__)

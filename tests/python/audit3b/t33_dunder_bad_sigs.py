def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
class A:
    def __len__(self, extra): return 1
    def __add__(self): return 1
    def __getitem__(self): return 1
    def __eq__(self): return True
    def __iter__(self, x): return iter([])
    def __call__(self, a, b): return a
    def __repr__(self, x): return "r"
    def __bool__(self, y): return True
    def __enter__(self, z): return self
    def __exit__(self): return True
    def __neg__(self, q): return 0
    def __contains__(self): return True
    def __hash__(self, x): return 1
    def __setitem__(self, k): pass
a = A()
t(lambda: len(a))
t(lambda: a + 1)
t(lambda: a[0])
t(lambda: a == 1)
t(lambda: iter(a))
t(lambda: a(1))
t(lambda: repr(a))
t(lambda: bool(a))
def w():
    with a: pass
t(w)
t(lambda: -a)
t(lambda: 1 in a)
t(lambda: hash(a))
def si(): a[1] = 2
t(si)
class B:
    __len__ = 5
    __getitem__ = "str"
    __add__ = None
    __iter__ = 3
t(lambda: len(B()))
t(lambda: B()[0])
t(lambda: B() + 1)
t(lambda: iter(B()))
class C:
    __eq__ = None
t(lambda: C() == C())
class D:
    __repr__ = None
t(lambda: repr(D()))
class E:
    __call__ = None
t(lambda: E()())
class F:
    __contains__ = None
t(lambda: 1 in F())
class G:
    __len__ = None
t(lambda: len(G()))
t(lambda: bool(G()))
class H:
    __neg__ = None
t(lambda: -H())
class I:
    __getitem__ = None
t(lambda: I()[0])
t(lambda: type(iter(I())).__name__)
class J:
    __index__ = None
t(lambda: [1][J()])
class K:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
t(lambda: reversed(K()))

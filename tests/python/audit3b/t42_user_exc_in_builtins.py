def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
class MyStop(StopIteration): pass
class MyIdx(IndexError): pass
class MyKey(KeyError): pass
class MyAttr(AttributeError): pass
class MyType(TypeError): pass
class It:
    def __iter__(self): return self
    def __next__(self): raise MyStop("s")
t(lambda: next(It(), "dflt"))
t(lambda: list(zip([1, 2], It())))
t(lambda: list(map(None, It())) if False else list(map(lambda x: x, It())))
t(lambda: dict.fromkeys(It()))
t(lambda: sum(It()))
t(lambda: "".join(It()))
t(lambda: list(enumerate(It())))
import itertools
t(lambda: list(itertools.chain(It(), [1])))
t(lambda: list(itertools.islice(It(), 3)))
class Seq:
    def __getitem__(self, i):
        if i >= 2: raise MyIdx(i)
        return i
t(lambda: list(Seq()))
t(lambda: list(reversed([0, 1])) and list(iter(Seq())))
t(lambda: sorted(Seq()))
class Getattr:
    def __getattr__(self, n): raise MyAttr(n)
t(lambda: getattr(Getattr(), "x", "d"))
t(lambda: hasattr(Getattr(), "x"))
class MissingKey(dict):
    def __missing__(self, k): raise MyKey(k)
t(lambda: MissingKey()["z"])
t(lambda: MissingKey().get("z", "dflt"))
t(lambda: "{a}".format_map(MissingKey()))
class Mapping:
    def keys(self): return ["a", "b"]
    def __getitem__(self, k):
        if k == "b": raise MyKey(k)
        return 1
t(lambda: dict(Mapping()))
t(lambda: {**Mapping()})
def kw(**k): return k
t(lambda: kw(**Mapping()))
class Len:
    def __len__(self): raise MyType("len")
t(lambda: len(Len()))
t(lambda: bool(Len()))
class Cmp:
    def __lt__(self, o): raise MyType("cmp")
t(lambda: sorted([Cmp(), Cmp()]))
# user exception caught by builtin exception handlers
try:
    raise MyKey("k")
except (ValueError, LookupError) as e:
    print("caught via tuple", type(e).__name__, repr(e), str(e))
# raising exception class with required args
class NeedsArgs(Exception):
    def __init__(self, a, b): super().__init__(a, b)
def r(): raise NeedsArgs
t(r)
def r2(): raise NeedsArgs(1, 2)
t(r2)
# generator.throw with user exception class needing args
def g():
    yield 1
gen = g(); next(gen)
t(lambda: gen.throw(NeedsArgs))

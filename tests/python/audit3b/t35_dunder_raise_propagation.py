def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
class Boom(Exception): pass
class EqBoom:
    def __eq__(self, o): raise Boom("eq")
    __hash__ = object.__hash__
t(lambda: [1, EqBoom()].index(2))
t(lambda: EqBoom() in [1])
t(lambda: [EqBoom()] == [1])
class HashBoom:
    def __hash__(self): raise Boom("hash")
t(lambda: {HashBoom(): 1})
t(lambda: HashBoom() in {1: 2})
t(lambda: HashBoom() in [1])
t(lambda: set([HashBoom()]))
class H2:
    def __hash__(self): return 1
    def __eq__(self, o): raise Boom("eq-in-dict")
d = {H2(): 1}
t(lambda: d[H2()])
t(lambda: H2() in d)
class LenBoom:
    def __len__(self): raise Boom("len")
t(lambda: bool(LenBoom()))
t(lambda: list(LenBoom()) if False else len(LenBoom()))
class IterBoom:
    def __iter__(self): raise Boom("iter")
def forloop():
    for x in IterBoom(): pass
t(forloop)
t(lambda: [x for x in IterBoom()])
t(lambda: sorted(IterBoom()))
t(lambda: dict(IterBoom()))
t(lambda: "".join(IterBoom()))
class NextBoom:
    def __iter__(self): return self
    def __next__(self): raise Boom("next")
t(lambda: list(NextBoom()))
t(lambda: tuple(NextBoom()))
t(lambda: set(NextBoom()))
t(lambda: max(NextBoom()))
t(lambda: any(NextBoom()))
def unpack():
    a, b = NextBoom()
t(unpack)
class LtBoom:
    def __lt__(self, o): raise Boom("lt")
t(lambda: sorted([LtBoom(), LtBoom()]))
t(lambda: max([LtBoom(), LtBoom()]))
class ReprBoom:
    def __repr__(self): raise Boom("repr")
t(lambda: str([ReprBoom()]))
t(lambda: f"{ReprBoom()!r}")
t(lambda: print(ReprBoom()))
class GetitemBoom:
    def __getitem__(self, k): raise Boom("getitem")
t(lambda: list(GetitemBoom()))
t(lambda: 1 in GetitemBoom())
class GetattrBoom:
    def __getattr__(self, n): raise Boom("getattr " + n)
t(lambda: hasattr(GetattrBoom(), "x"))
t(lambda: getattr(GetattrBoom(), "x", None))
class IndexBoom:
    def __index__(self): raise Boom("index")
t(lambda: [1][IndexBoom()])
t(lambda: range(IndexBoom()))
class BoolBoom:
    def __bool__(self): raise Boom("bool")
t(lambda: not BoolBoom())
t(lambda: BoolBoom() and 1)
t(lambda: [x for x in [1] if BoolBoom()])
t(lambda: filter(None, [BoolBoom()]).__next__())
t(lambda: all([BoolBoom()]))
class InitBoom:
    def __init__(self): raise Boom("init")
t(lambda: InitBoom())
class SetNameBoom:
    def __set_name__(self, o, n): raise Boom("sn")
def mk():
    class X:
        a = SetNameBoom()
t(mk)
class ISBoom:
    def __init_subclass__(cls): raise Boom("isub")
def mk2():
    class Y(ISBoom): pass
t(mk2)
class ContextChain:
    def __eq__(self, o):
        try:
            raise KeyError("inner")
        except KeyError:
            raise Boom("outer")
try:
    ContextChain() == 1
except Boom as e:
    print("context:", type(e.__context__).__name__, e.__context__)

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class R:
    def __repr__(self): return "R!"
t(lambda: str(R()))
t(lambda: f"{R()}")
t(lambda: f"{R()!s}")
t(lambda: f"{R()!a}")
t(lambda: format(R()))
t(lambda: format(R(), ""))
t(lambda: format(R(), "10"))
t(lambda: "%s %r" % (R(), R()))
t(lambda: [R()])
t(lambda: {"k": R()})
class S:
    def __str__(self): return "S-str"
t(lambda: repr(S())[:11])
t(lambda: f"{S():>8}")
class BadRepr:
    def __repr__(self): return 5
t(lambda: repr(BadRepr()))
t(lambda: str(BadRepr()))
class BadStr:
    def __str__(self): return None
t(lambda: str(BadStr()))
t(lambda: f"{BadStr()}")
t(lambda: print(BadStr()))
class F:
    def __format__(self, spec): return f"<F:{spec}>"
t(lambda: f"{F():abc}")
t(lambda: f"{F()!r:>5}"[:5])
t(lambda: format(F(), "x"))
t(lambda: "{0:zz}".format(F()))
t(lambda: "{:{w}}".format(F(), w=7))
class BadFmt:
    def __format__(self, spec): return 1
t(lambda: format(BadFmt()))
t(lambda: format(object(), "x"))
t(lambda: f"{object():x}")
class IntSub(int):
    def __repr__(self): return "IntSub!"
t(lambda: str(IntSub(5)))
t(lambda: f"{IntSub(5)}")
t(lambda: format(IntSub(5), "03"))
t(lambda: "%d" % IntSub(5))
t(lambda: "%s" % IntSub(5))
class StrSub(str):
    def __str__(self): return "custom-str"
t(lambda: str(StrSub("abc")))
t(lambda: f"{StrSub('abc')}")
t(lambda: "%s" % StrSub("abc"))
t(lambda: print(StrSub("abc")))
t(lambda: "".join([StrSub("abc")]))
class FloatSub(float):
    def __str__(self): return "fs"
    def __repr__(self): return "fr"
t(lambda: (str(FloatSub(1)), repr(FloatSub(1)), f"{FloatSub(1)}", format(FloatSub(1), ".2f")))
class ReprRec:
    def __repr__(self): return "RR(" + repr(self.x) + ")"
r = ReprRec(); r.x = [1, "a"]
t(lambda: repr(r))
t(lambda: ascii(type("Ünï", (), {})()) [:20])
class Ünï: pass
t(lambda: repr(Ünï)) 
t(lambda: ascii(Ünï))

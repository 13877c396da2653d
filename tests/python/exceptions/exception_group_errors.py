# The constructor's checks, with CPython's messages.
def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", repr(r))

for cls in (ExceptionGroup, BaseExceptionGroup):
    n = cls.__name__
    attempt(n + " no args", lambda: cls())
    attempt(n + " one arg", lambda: cls("m"))
    attempt(n + " three args", lambda: cls("m", [ValueError()], 3))
    attempt(n + " msg int", lambda: cls(1, [ValueError()]))
    attempt(n + " msg bytes", lambda: cls(b"m", [ValueError()]))
    attempt(n + " excs int", lambda: cls("m", 1))
    attempt(n + " excs set", lambda: cls("m", {ValueError()}))
    attempt(n + " excs dict", lambda: cls("m", {1: ValueError()}))
    attempt(n + " excs None", lambda: cls("m", None))
    attempt(n + " empty list", lambda: cls("m", []))
    attempt(n + " empty tuple", lambda: cls("m", ()))
    attempt(n + " item 0", lambda: cls("m", [1]))
    attempt(n + " item 2", lambda: cls("m", [ValueError(), TypeError(), "x"]))
    attempt(n + " a class", lambda: cls("m", [ValueError]))
    attempt(n + " kw", lambda: cls("m", [ValueError()], x=1))
    attempt(n + " only kw", lambda: cls(message="m", exceptions=[ValueError()]))

attempt("nest base", lambda: ExceptionGroup("m", [ValueError(), KeyboardInterrupt()]))
attempt("nest base group", lambda: ExceptionGroup("m", [BaseExceptionGroup("b", [SystemExit()])]))
attempt("base ok", lambda: BaseExceptionGroup("m", [GeneratorExit()]))

class MyEG(ExceptionGroup):
    pass

class MyBEG(BaseExceptionGroup):
    pass

attempt("MyEG nest", lambda: MyEG("m", [KeyboardInterrupt()]))
attempt("MyEG ok", lambda: MyEG("m", [ValueError()]))
attempt("MyBEG base", lambda: MyBEG("m", [KeyboardInterrupt()]))
attempt("MyBEG exc", lambda: MyBEG("m", [ValueError()]))
attempt("MyEG kw", lambda: MyEG("m", [ValueError()], k=1))

eg = ExceptionGroup("m", [ValueError(1), TypeError(2)])
attempt("split int", lambda: eg.split(1))
attempt("split tuple with int", lambda: eg.split((ValueError, 1)))
attempt("split non-exc class", lambda: eg.split(int))
attempt("subgroup str", lambda: eg.subgroup("ValueError"))
attempt("split no args", lambda: eg.split())
attempt("derive no args", lambda: eg.derive())
attempt("derive empty", lambda: eg.derive([]))

class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 42

bad = BadDerive("m", [ValueError(1), TypeError(2)])
attempt("bad derive split", lambda: bad.split(ValueError))
attempt("bad derive full", lambda: bad.split(Exception))

def boom(e):
    raise RuntimeError("in predicate")

attempt("predicate raises", lambda: eg.split(boom))
attempt("split two args", lambda: eg.split(ValueError, TypeError))
attempt("subgroup no args", lambda: eg.subgroup())
attempt("derive two args", lambda: eg.derive([], []))

# Group classes with other bases (and the layout conflict CPython reports), and the methods called on the wrong objects.
for bases in [("ExceptionGroup", "ValueError"), ("BaseExceptionGroup", "Exception"), ("BaseExceptionGroup", "OSError"), ("ValueError", "ExceptionGroup")]:
    try:
        C = type("C", tuple(eval(b) for b in bases), {})
    except TypeError as e:
        print(bases, "TypeError", e)
        continue
    try:
        c = C("m", [ValueError(1)])
        print(bases, C.__mro__, repr(c), c.exceptions, isinstance(c, Exception))
    except Exception as e:
        print(bases, "instantiate", type(e).__name__, e)
def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", repr(r))
attempt("new no args", lambda: BaseExceptionGroup.__new__())
attempt("init no args", lambda: ExceptionGroup.__init__())
attempt("str other", lambda: BaseExceptionGroup.__str__(ValueError()))
attempt("split other", lambda: BaseExceptionGroup.split(ValueError(), ValueError))
attempt("derive int", lambda: BaseExceptionGroup.derive(1, []))
g = ExceptionGroup('a', [ValueError()])
attempt("init args", lambda: (BaseExceptionGroup.__init__(g, 1, 2), g.args, g.message))

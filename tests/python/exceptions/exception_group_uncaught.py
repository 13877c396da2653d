# An uncaught group: nested groups, notes, tracebacks of the leaves, the chain.
def g(i):
    raise ValueError(i)
def f():
    excs = []
    for i in range(3):
        try:
            g(i)
        except ValueError as e:
            excs.append(e)
    e = ExceptionGroup("outer", [ExceptionGroup("inner", excs[:2]), excs[2]])
    e.add_note("a note")
    raise e
try:
    f()
except Exception as e:
    raise RuntimeError("wrapped") from e

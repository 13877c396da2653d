# An uncaught group left by except*: what the handler raised and the unhandled rest.
def f():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
try:
    f()
except* ValueError:
    raise KeyError(1)

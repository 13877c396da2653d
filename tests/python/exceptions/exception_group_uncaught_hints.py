# Uncaught groups of NameError/AttributeError keep the interpreter's 'Did you mean' hints.
def f():
    excs = []
    try:
        prnt("x")
    except NameError as e:
        excs.append(e)
    try:
        "abc".uper()
    except AttributeError as e:
        excs.append(e)
    raise ExceptionGroup("hints", excs)
f()

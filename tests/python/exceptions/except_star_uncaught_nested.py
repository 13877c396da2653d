# An uncaught group from except* inside functions: the frames above the handler, the cause inside the box.
def inner():
    raise ExceptionGroup("inner", [ValueError(1), TypeError(2), OSError(3)])

def handler():
    try:
        inner()
    except* ValueError:
        pass
    except* TypeError as e:
        raise RuntimeError("handler failed") from e

def outer():
    handler()

outer()

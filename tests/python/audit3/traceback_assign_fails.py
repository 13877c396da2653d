def inner():
    raise ValueError("inner")
try:
    inner()
except ValueError as e:
    tb = e.__traceback__
err = RuntimeError("x")
err.__traceback__ = tb
raise err

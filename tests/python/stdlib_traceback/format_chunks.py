# format_exception and TracebackException.format return CPython's chunks: a frame (with its source line) is one item.
import traceback
def f():
    raise ValueError(1)
try:
    f()
except ValueError as e:
    print(traceback.format_exception(e))
    print(list(traceback.TracebackException.from_exception(ExceptionGroup("g", [e])).format()))

# TracebackException.stack: the traceback's frames as a StackSummary.
import traceback


def inner(n):
    if n == 0:
        raise ValueError("deep")
    inner(n - 1)


def outer():
    inner(2)


try:
    outer()
except ValueError as e:
    te = traceback.TracebackException.from_exception(e)
    print(type(te.stack).__name__, len(te.stack))
    for fs in te.stack:
        print(fs.name, fs.lineno, fs.line, fs.filename.rsplit("/", 1)[-1])
    print(te.stack.format()[-1].replace(__file__, "F"))
    print([f.name for f in te.stack] == [f.name for f in traceback.extract_tb(e.__traceback__)])
    te2 = traceback.TracebackException(type(e), e, e.__traceback__, lookup_lines=False)
    print([fs._line for fs in te2.stack][:1], te2.stack[0].line)

try:
    try:
        outer()
    except ValueError:
        raise KeyError("k")
except KeyError as e:
    te = traceback.TracebackException.from_exception(e)
    print(len(te.stack), len(te.__context__.stack), te.__context__.stack[-1].name)

eg = ExceptionGroup("g", [ValueError(1)])
te = traceback.TracebackException.from_exception(eg)
print(len(te.stack), len(te.exceptions[0].stack))
print(len(traceback.TracebackException(ValueError, ValueError(2), None).stack))

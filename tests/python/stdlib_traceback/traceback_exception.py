# TracebackException: the tree of exceptions it makes (groups, chains, compact) and its text.
import sys
import traceback

def leaf(i):
    try:
        raise ValueError(i)
    except ValueError as e:
        return e

try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ExceptionGroup("eg", [leaf(1), ExceptionGroup("inner", [leaf(2), TypeError(3)])])
except ExceptionGroup as e:
    caught = e

te = traceback.TracebackException.from_exception(caught)
print(te.exc_type, str(te), te.__notes__, te.__suppress_context__)
print(type(te.exceptions).__name__, len(te.exceptions), [str(x) for x in te.exceptions])
print(te.exceptions[1].exceptions[0].exc_type, te.exceptions[1].exceptions[1]._str)
print(te.__context__.exc_type, te.__cause__, te.__context__.exceptions)
print(te.exceptions[0].__context__, te.exceptions[0].exceptions)
print("".join(te.format()), end="")
print("== chain=False")
print("".join(te.format(chain=False)), end="")
print("== only")
print(list(te.format_exception_only()))
print("== print")
te.print(file=sys.stdout)
print("== narrow")
narrow = traceback.TracebackException.from_exception(caught, max_group_width=1, max_group_depth=1)
narrow.print(file=sys.stdout)
print("== format_exception chain=False")
print("".join(traceback.format_exception(caught, chain=False)), end="")
print(te == traceback.TracebackException.from_exception(caught))
plain = traceback.TracebackException(type(leaf(4)), leaf(4), None)
print(plain.exceptions, plain.__cause__, str(plain))
try:
    compile("x = (", "<s>", "exec")
except SyntaxError as e:
    s = traceback.TracebackException.from_exception(e)
    print(s.filename, s.lineno, s.text, s.offset, s.msg)
    print("".join(s.format_exception_only()), end="")
# compact: the context is left out when there is a cause
try:
    try:
        raise KeyError(1)
    except KeyError:
        raise ValueError(2) from TypeError(3)
except ValueError as e:
    c = traceback.TracebackException.from_exception(e, compact=True)
    print(c.__cause__.exc_type, c.__context__)
    n = traceback.TracebackException.from_exception(e)
    print(n.__cause__.exc_type, n.__context__.exc_type)

# SyntaxErrors in a group: the traceback module indents their source lines, the interpreter's printer does not (as CPython 3.11's).
import traceback, sys
excs = []
for src in ["x = (", "def f(:\n  pass", "  y = 1"]:
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        excs.append(e)
g = ExceptionGroup("syntax", excs)
traceback.print_exception(g, file=sys.stdout)
raise g

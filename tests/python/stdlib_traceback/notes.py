# Notes in reports: a SyntaxError's notes, __notes__ that is not a list (the traceback module's repr has no newline), notes split into lines.
import traceback
e = ValueError(1)
e.__notes__ = 42
print(traceback.format_exception(e))
e.__notes__ = ["a\nb", "c"]
print(traceback.format_exception(e))
print(traceback.format_exception_only(e))
try:
    compile("x = (", "s", "exec")
except SyntaxError as s:
    s.add_note("n1")
    print(traceback.format_exception_only(s))
    raise

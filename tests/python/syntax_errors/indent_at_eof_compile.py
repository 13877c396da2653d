# An IndentationError found at the end of the input, through compile(): CPython reports
# the last line, just past its text, with end_offset -1.
import traceback

for src in ["x = 1\nif x:\n", "x = 1\nif x:\n# c\n", "def f():\n    pass\nif x:\n\n\n",
            "if x:", "if x:\n    ", "while 1:  # hi", "if x:\npass\n", "class A:\n  # only\n"]:
    try:
        compile(src, "f", "exec")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
        print("".join(traceback.format_exception_only(type(e), e)), end="")

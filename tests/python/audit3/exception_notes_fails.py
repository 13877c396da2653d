import traceback
e = ValueError("z")
e.add_note("note1")
e.add_note("second\nline")
print(e.__notes__)
print("".join(traceback.format_exception_only(e)), end="")
try:
    e.add_note(5)
except TypeError as t:
    print(t)
e2 = KeyError("k")
e2.__notes__ = "not a list"
try:
    e2.add_note("x")
except TypeError as t:
    print(t)
def f():
    try:
        1 / 0
    except ZeroDivisionError as z:
        z.add_note("while dividing")
        raise
f()

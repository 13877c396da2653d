samples = [ValueError(), ValueError("msg"), ValueError("a", 2), KeyError("k"), KeyError(),
           IndexError("i"), Exception(None), TypeError(""), RuntimeError("disk"),
           StopIteration(5), SystemExit(3), ZeroDivisionError("z"), AssertionError("x", "y")]
for e in samples:
    print(type(e).__name__, "| args:", e.args, "| str:", repr(str(e)), "| repr:", repr(e))
e = ValueError("one")
e.args = ("changed", 2)
print(e, repr(e))
print(StopIteration(5).value, SystemExit(3).code, SystemExit().code)

for v in (1, -2.5, "text", "it's", b"b", [1, "a"], (1,), {"k": [None]}, {1}, None, True, 1j, range(2), ...):
    print(repr(v), "|", str(v), "|", ascii(v), "|", bool(v))
print(repr(repr("x")), str(str("y")), repr(str(1)))
print(bool(), bool([]), bool([[]]), bool(0.0), bool("False"), bool(None))
print(str(b"bytes"), repr("\n"), str("\n") == "\n")

cases = [
    ("%s %s", ("a",)),
    ("%s", ("a", "b")),
    ("%d", ("x",)),
    ("%d", (None,)),
    ("%x", (1.5,)),
    ("%c", ("ab",)),
    ("%c", (-1,)),
    ("%(a)s", ("x",)),
    ("%(a)s", ({"b": 1},)),
    ("%z", (1,)),
    ("%", ()),
    ("%s %(a)s", ({"a": 1},)),
    ("no format", (1,)),
    ("%*d", ("x", 1)),
]
for fmt, args in cases:
    try:
        print(repr(fmt), "->", repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
try:
    print("%s" % ())
except TypeError as e:
    print(type(e).__name__, e)
print(repr("%s" % ((),)), repr("%s" % []), repr("x" % {}), repr("x" % []))

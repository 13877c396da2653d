tests = [
    (1.5, "d"), (42, "s"), (42, ".2s"), ("x", "x"), (3, "q"), (1.5, "c"), (-1, "c"),
    (1.5, ","), (10, ",_"), (None, ">5"), ([1], "s"), (2 ** 100, "c"), (1.5, "#x"),
]
for value, spec in tests:
    try:
        print(repr(value), repr(spec), "->", repr(format(value, spec)))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(value), repr(spec), type(e).__name__, e)

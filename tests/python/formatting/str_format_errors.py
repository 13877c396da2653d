cases = [
    ("{} {}", (1,), {}),
    ("{0} {}", (1, 2), {}),
    ("{} {1}", (1, 2), {}),
    ("{x}", (), {}),
    ("{0[5]}", ([1],), {}),
    ("{0[k]}", ({},), {}),
    ("{", (), {}),
    ("}", (), {}),
    ("{0!x}", (1,), {}),
    ("{:invalid}", (1,), {}),
    ("{5}", (1,), {}),
]
for fmt, args, kwargs in cases:
    try:
        print(repr(fmt), "->", repr(fmt.format(*args, **kwargs)))
    except (IndexError, KeyError, ValueError) as e:
        print(repr(fmt), type(e).__name__, e)

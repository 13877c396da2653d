# `%c` takes any object with `__index__` (a TypeError from it is "%c requires int or
# char"), and only `%%` itself is a literal `%`: after a key, flags, width or precision a
# `%` takes an argument and is then an unsupported format character.


class Index:
    def __index__(self):
        return 65


class IntOnly:
    def __int__(self):
        return 66


class Huge:
    def __index__(self):
        return 10**30


class BadIndex:
    def __index__(self):
        return "x"


class Raises:
    def __index__(self):
        raise ValueError("from __index__")


CASES = [
    ("%c", Index()), ("%5c", Index()), ("%-3c|", Index()), ("%c", IntOnly()), ("%c", 1.5),
    ("%c", "ab"), ("%c", True), ("%c", -1), ("%c", 0x110000), ("%c", Huge()),
    ("%c", BadIndex()), ("%c", Raises()),
    (b"%c", Index()), (b"%c", IntOnly()), (b"%c", 300), (b"%c", b"ab"), (b"%c", Huge()),
]
for fmt, arg in CASES:
    try:
        print(repr(fmt), repr(fmt % (arg,)))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)

PERCENTS = [
    ("%%", ()), ("a%%b%s", (1,)), ("%5%", ()), ("%5%", (1,)), ("% %", ()), ("% %", (1,)),
    ("%-%", ()), ("%.%", (1,)), ("%(a)%", {"a": 1}), ("%(a)%", {}),
    ("% s% %-s", (1,)), (b"%%", ()), (b"%5%", (1,)), (b"% %", ()),
]
for fmt, args in PERCENTS:
    try:
        print(repr(fmt), repr(fmt % args))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)

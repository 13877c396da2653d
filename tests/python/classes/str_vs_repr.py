class Both:
    def __repr__(self):
        return "Both()"

    def __str__(self):
        return "a Both"


class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"


class StrOnly:
    def __str__(self):
        return "str only"


b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, s)
print(repr(b), repr(r), repr(s).startswith("<__main__.StrOnly object"))
print([b, r], (b,), {"k": r})
print(f"{b} {b!r} {b!s} {r}", "%s %r" % (b, b))
print(str(b), format(b), format(r, ""))
print("{0} {0!r}".format(b))


class Bad:
    def __str__(self):
        return 42

    def __repr__(self):
        return None


for fn in (str, repr):
    try:
        fn(Bad())
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(Bad())
except TypeError as e:
    print(type(e).__name__, e)

# Error handlers of the UTF-8, ASCII and Latin-1 codecs beyond strict: the ones that
# apply to a decode or an encode only, and the surrogate ones where no surrogate is
# involved (they raise the error they are given).
def dec(b, enc, errors):
    try:
        print(enc, errors, ascii(b.decode(enc, errors)))
    except (UnicodeDecodeError, TypeError, LookupError) as e:
        print(enc, errors, type(e).__name__, e)


def enc(s, encoding, errors):
    try:
        print(encoding, errors, s.encode(encoding, errors))
    except (UnicodeEncodeError, LookupError) as e:
        print(encoding, errors, type(e).__name__, e)


for errors in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
               "surrogatepass", "nope"):
    dec(b"ok", "utf-8", errors)
    dec(b"a\xffb", "utf-8", errors)
    dec(b"a\xe9b", "ascii", errors)
    dec(b"\xc3", "utf-8", errors)
for errors in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
               "surrogateescape", "surrogatepass", "nope"):
    enc("a\xe9\u20acb", "ascii", errors)
    enc("a\xe9\u20acb", "latin-1", errors)
    enc("a\xe9\u20acb", "utf-8", errors)

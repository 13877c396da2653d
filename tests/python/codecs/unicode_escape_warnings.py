# unicode_escape warns (DeprecationWarning) of the first escape it does not know or
# whose octal value is past \377, once the text is decoded; a warning the filters make
# an error comes out wrapped as CPython's codec machinery wraps it.
import codecs
import warnings

for b in [b"\\q", b"a\\777b", b"\\8", b"\\400", b"x\\z\\y", b"\\777\\q", b"ok\\n\\x41\\101",
          b"\\\\q", b"\\\xe9", b"\\1234"]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        r = codecs.decode(b, "unicode_escape")
    print(repr(r), [(x.category.__name__, str(x.message), x.lineno) for x in w])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(repr(b"\\q".decode("unicode_escape")), repr(str(b"\\w", "unicode_escape")),
          [str(x.message) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(repr(codecs.decode(b"\\q", "raw_unicode_escape")), [str(x.message) for x in w])
# a decoding error comes first: no warning
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    try:
        codecs.decode(b"\\q\\x4", "unicode_escape")
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e)
    print([str(x.message) for x in w])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    for f in [lambda: b"\\q".decode("unicode_escape"),
              lambda: codecs.decode(b"\\q", "unicode_escape"),
              lambda: str(b"\\777", "unicode_escape")]:
        try:
            f()
        except DeprecationWarning as e:
            print(repr(e), repr(e.__cause__))

# The codecs module: lookup (names and aliases), encode/decode and their errors, the
# byte order marks.
import codecs

for name in ("utf-8", "UTF8", "u8", "utf_8", " utf-8 ", "ascii", "US-ASCII", "646",
             "latin-1", "latin1", "ISO-8859-1", "iso8859_1", "L1", "utf-16", "UTF-16LE",
             "utf_16_be", "utf16", "utf-32", "utf-32-le", "UTF-32BE", "utf-8-sig",
             "UTF_8_SIG", "cp1252", "windows-1252", "iso8859-15", "latin9", "cp437",
             "ibm437", "mac-roman", "macroman", "macintosh", "unicode_escape",
             "unicode-escape", "raw_unicode_escape", "cp65001", "ansi_x3.4_1968",
             "windows-1250", "cp1251", "latin2", "KOI8-R", "IBM850", "ISO_8859-15"):
    info = codecs.lookup(name)
    print(repr(name), info.name, type(info).__name__, isinstance(info, tuple), len(info))

for bad in ("nope", "utf-7x", "", "utf-8-x"):
    for f in (codecs.lookup, lambda n: "x".encode(n), lambda n: b"x".decode(n)):
        try:
            f(bad)
        except LookupError as e:
            print(type(e).__name__, e)
try:
    codecs.lookup(1)
except TypeError as e:
    print(type(e).__name__, e)

print(codecs.encode("h\xe9", "utf-16-le"), codecs.decode(b"h\x00\xe9\x00", "utf-16-le"))
print(codecs.encode("h\xe9"), codecs.decode(b"h\xc3\xa9"))
print(codecs.encode("\u20ac", "cp1252", "strict"), codecs.decode(b"\x81", "cp1252", "replace"))
print(codecs.encode("\u20ac", encoding="ascii", errors="xmlcharrefreplace"))
info = codecs.lookup("utf-16")
print(info.encode("ab"), info.decode(b"\xff\xfea\x00b\x00"), info.decode(bytearray(b"a\x00")))
print(info.encode("ab", "strict"), info.decode(memoryview(b"\xfe\xff\x00a")))
print(codecs.getencoder("latin9")("\u20ac"), codecs.getdecoder("cp437")(b"\xdb"))
print(codecs.lookup("utf-8-sig").decode(b"\xef\xbb\xbfok"), codecs.lookup("utf-8-sig").encode("ok"))

for obj, enc in (("abc", "utf-8"), (1, "utf-8"), ("abc", "utf-16"), (None, "cp1252")):
    try:
        codecs.decode(obj, enc)
    except TypeError as e:
        print(type(e).__name__, e)
for obj, enc in ((b"x", "utf-8"), (1, "utf-8"), (b"x", "utf-16-le"), (b"x", "cp437"),
                 (b"x", "latin-1"), (b"x", "ascii"), (b"x", "unicode_escape"),
                 (b"x", "utf-8-sig")):
    try:
        codecs.encode(obj, enc)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    codecs.decode(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    codecs.lookup_error("nope")
except LookupError as e:
    print(type(e).__name__, e)

print(codecs.BOM_UTF8, codecs.BOM_LE, codecs.BOM_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
print(codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM == codecs.BOM_UTF16 == codecs.BOM_LE,
      codecs.BOM_UTF32 == codecs.BOM_UTF32_LE)

# utf-8-sig: the mark written, and dropped when read.
print("x".encode("utf-8-sig"), b"\xef\xbb\xbfx".decode("utf-8-sig"), b"x".decode("utf-8-sig"))
print(b"\xef\xbb\xbf\xef\xbb\xbfx".decode("utf-8-sig"), repr("".encode("utf-8-sig")))
try:
    b"\xef\xbb\xbfab\xff".decode("utf-8-sig")
except UnicodeDecodeError as e:
    print(type(e).__name__, e, e.start, e.end, e.object)

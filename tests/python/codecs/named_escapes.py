# \N{...} in the unicode_escape codec, and the namereplace error handler: CPython 3.11's
# names (Unicode 14.0.0), aliases, and errors with their positions.
import codecs

for data in [b"\\N{EM DASH}", b"a\\N{em dash}b", b"\\N{LATIN CAPITAL LETTER GHA}",
             b"\\N{HANGUL SYLLABLE GA}\\N{CJK UNIFIED IDEOGRAPH-4E00}", b"\\\\N{EM DASH}",
             b"\\N{XX}", b"ab\\N{XX}cd", b"\\N{EM DASH", b"\\N", b"\\Nx", b"\\N{}",
             b"\\N{LATIN SMALL LETTER R WITH TILDE}", b"\\N{CYRILLIC CAPITAL LETTER TJE}",
             b"\\N{EM DASH}\\N{YY}", b"\\N{\xc3\xa9}"]:
    for errors in ("strict", "replace", "ignore", "backslashreplace"):
        try:
            print(data, errors, ascii(codecs.decode(data, "unicode_escape", errors)))
        except UnicodeDecodeError as e:
            print(data, errors, type(e).__name__, e, e.start, e.end, e.reason)
print(ascii(b"x\\N{BYTE ORDER MARK}y".decode("unicode_escape")))
print(b"\\N{EM DASH}".decode("raw_unicode_escape"))

text = "a\u2014\ue000\U0001f600\x80\u00e9\u1c89\uac00\u4e00\U00018b00 z"
for enc in ("ascii", "latin-1", "cp1252", "koi8-r", "mac-roman"):
    print(enc, text.encode(enc, "namereplace"))
print(codecs.encode("\u2014", "ascii", "namereplace"))
try:
    b"\xff".decode("ascii", "namereplace")
except TypeError as e:
    print(type(e).__name__, e)

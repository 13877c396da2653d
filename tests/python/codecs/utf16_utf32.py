# UTF-16 and UTF-32, with a byte order mark and of one byte order: encoding, decoding
# (the mark read and dropped), and CPython's errors, positions and handlers.
def dec(b, enc, errors="strict"):
    try:
        print(enc, errors, ascii(b.decode(enc, errors)))
    except UnicodeDecodeError as e:
        print(enc, errors, type(e).__name__, e, e.encoding, e.start, e.end, e.reason, e.object)


def enc(s, encoding, errors="strict"):
    print(encoding, errors, s.encode(encoding, errors))


for e in ("utf-16", "utf-16-le", "utf-16-be", "UTF16", "utf_16le", "u16",
          "utf-32", "utf-32-le", "utf-32-be", "UTF-32LE", "u32"):
    enc("hi \xe9\u20ac\U0001f600", e)
    data = "hi \xe9\u20ac\U0001f600".encode(e)
    dec(data, e)

for s in ("", "a", "\U0010ffff\x00"):
    for e in ("utf-16", "utf-32"):
        assert s.encode(e).decode(e) == s
        print(e, ascii(s), len(s.encode(e)))

# The byte order mark decides; without one, little-endian.
dec(b"\xff\xfeA\x00", "utf-16")
dec(b"\xfe\xff\x00A", "utf-16")
dec(b"A\x00", "utf-16")
dec(b"\xff\xfe\xff\xfeA\x00", "utf-16")
dec(b"\xfe\xff\x00A", "utf-16-le")
dec(b"\xff\xfe\x00\x00A\x00\x00\x00", "utf-32")
dec(b"\x00\x00\xfe\xff\x00\x00\x00A", "utf-32")
dec(b"\xff\xfe", "utf-32")
dec(b"", "utf-16")
dec(b"\xff\xfe", "utf-16")

# Errors.
for errors in ("strict", "replace", "ignore", "backslashreplace"):
    dec(b"\xff\xfeA", "utf-16", errors)
    dec(b"A\x00B", "utf-16-le", errors)
    dec(b"\x00A\x00", "utf-16-be", errors)
    dec(b"\x00\xd8A\x00", "utf-16-le", errors)
    dec(b"\x00\xdcA\x00", "utf-16-le", errors)
    dec(b"\x00\xd8", "utf-16-le", errors)
    dec(b"\x00\xd8A", "utf-16-le", errors)
    dec(b"\xd8\x00\xd8\x00", "utf-16-be", errors)
    dec(b"A\x00\x00", "utf-32-le", errors)
    dec(b"\x00\x00\x11\x00B\x00\x00\x00", "utf-32-le", errors)
    dec(b"\x00\x00\xd8\x00", "utf-32-be", errors)
    dec(b"\x00\x00\xfe\xffA", "utf-32", errors)

# Error handlers that only matter for other characters.
enc("x\U0001f600", "utf-16-le", "surrogateescape")
enc("x", "utf-32-be", "xmlcharrefreplace")
try:
    b"\x00".decode("utf-16", "bogus")
except LookupError as e:
    print(type(e).__name__, e)
print(b"A\x00".decode("utf-16", "bogus"))
print(str(b"h\x00i\x00", "utf-16-le"), str(b"\xff\xfeh\x00", encoding="utf-16"))
print(bytearray("ok", "utf-16-be"), bytes("ok", "utf-32-le"))

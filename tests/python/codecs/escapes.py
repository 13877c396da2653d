# unicode_escape and raw_unicode_escape: CPython's escapes both ways and its errors.
def dec(b, enc, errors="strict"):
    try:
        print(enc, errors, ascii(b.decode(enc, errors)))
    except UnicodeDecodeError as e:
        print(enc, errors, type(e).__name__, e, e.encoding, e.start, e.end, e.reason, e.object)


text = "a\\\t\n\r\x00\x07\x7f\x80\xe9\xff\u0100\u20ac\uffff\U0001f600\U0010ffff'\" ~"
for e in ("unicode_escape", "unicode-escape", "raw_unicode_escape", "Raw-Unicode-Escape"):
    b = text.encode(e)
    print(e, b)
    print(e, b.decode(e) == text)

dec(b"a\\tb\\101\\x41\\u0041\\U0001f600\\\n\xe9\\'\\\"\\\\\\a\\b\\f\\v\\0\\12x", "unicode_escape")
dec(b"\\u20ac\\U0001F600 \\\\u0041 \\\\\\u0041 \\x41 \xe9", "raw_unicode_escape")
for errors in ("strict", "replace", "ignore", "backslashreplace"):
    for b in (b"\\x4", b"\\x4g", b"ab\\", b"\\u12", b"\\u12xy", b"\\U0011", b"\\U00110000z",
              b"ok\\x"):
        dec(b, "unicode_escape", errors)
    for b in (b"\\u12", b"\\U0011", b"\\U00110000z", b"\\\\u12", b"a\\"):
        dec(b, "raw_unicode_escape", errors)

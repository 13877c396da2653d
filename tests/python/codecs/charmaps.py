# The 8-bit code pages (cp1252, iso8859-15, cp437, mac-roman) and Latin-1/ASCII under
# their aliases: every byte decoded, characters encoded, and CPython's 'charmap' errors.
def dec(b, enc, errors="strict"):
    try:
        print(enc, errors, ascii(b.decode(enc, errors)))
    except UnicodeDecodeError as e:
        print(enc, errors, type(e).__name__, e, e.encoding, e.start, e.end, e.reason)


def enc(s, encoding, errors="strict"):
    try:
        print(encoding, errors, s.encode(encoding, errors))
    except UnicodeEncodeError as e:
        print(encoding, errors, type(e).__name__, e, e.encoding, e.start, e.end, e.reason,
              ascii(e.object))


everything = bytes(range(256))
for e in ("cp1252", "windows-1252", "iso8859-15", "latin9", "ISO-8859-15", "cp437",
          "IBM437", "mac-roman", "macintosh", "latin-1", "iso_8859_1", "L1", "cp819",
          "cp1250", "windows-1250", "cp1251", "1251", "iso8859-2", "latin2", "koi8-r",
          "cskoi8r", "cp850", "ibm850"):
    text = everything.decode(e, "replace")
    print(e, ascii(text[120:]))
    print(e, text.encode(e, "replace") == everything)

dec(b"a\x81b", "cp1252")
dec(b"\x81\x8d\x8f\x90\x9d", "cp1252")
for errors in ("replace", "ignore", "backslashreplace"):
    dec(b"a\x81\x8db", "cp1252", errors)

for errors in ("strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace",
               "surrogateescape", "surrogatepass"):
    enc("a\u0100\u0101b\U0001f600c", "cp1252", errors)
    enc("\u20ac \xa4", "iso8859-15", errors)
    enc("\u2591 \xe9 \u20ac", "cp437", errors)
    enc("caf\xe9 \u2122 \u0100", "mac_roman", errors)
    enc("\xe9\u0100", "latin-1", errors)
    enc("\xe9", "us-ascii", errors)

print("\u0416\u0436".encode("cp1251"), "\u0416\u0436".encode("koi8_r"),
      "\u0142\u0159".encode("cp1250"), "\u0142\u0159".encode("latin2"), "\xe9\xfe".encode("cp850"))
for e in ("cp1250", "cp1251", "iso8859-2", "koi8-r", "cp850"):
    print(e, ascii(bytes(range(128, 256)).decode(e, "backslashreplace")))
print("\u20ac".encode("cp1252"), "\u20ac".encode("latin9"), "\u2592".encode("cp437"))
print(b"\x80\xa4\xdb".decode("cp1252"), b"\xa4".decode("iso8859_15"), b"\xdb".decode("437"))

# Codecs: utf-8/ascii/latin-1 decode and encode with the strict, replace, ignore,
# backslashreplace and xmlcharrefreplace handlers; error messages and attributes.
data = [b"plain", b"caf\xc3\xa9", b"bad\xff\xfe", b"\xc3", b"\xed\xa0\x80", b"a\xe2\x82", b"\xf0\x9f\x98\x80!", b"\xe0\x80\x80", b"\xc0\xaf", b"\xf4\x90\x80\x80"]
for d in data:
    for errors in ["strict", "replace", "ignore", "backslashreplace"]:
        try:
            print(d, errors, repr(d.decode("utf-8", errors)))
        except UnicodeDecodeError as e:
            print(d, errors, "UnicodeDecodeError:", e, e.encoding, e.object, e.start, e.end, e.reason)
for d in [b"ok", b"x\x80\x81y"]:
    for errors in ["strict", "replace", "ignore", "backslashreplace"]:
        try:
            print(d, "ascii", errors, repr(d.decode("ascii", errors)))
        except UnicodeDecodeError as e:
            print(d, "ascii", errors, "UnicodeDecodeError:", e, e.start, e.end, e.reason)
for s in ["plain", "café", "aéèb", "日本", "x\U0001F600y", "ÿ"]:
    for enc in ["ascii", "latin-1", "utf-8"]:
        for errors in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace"]:
            try:
                print(repr(s), enc, errors, s.encode(enc, errors))
            except UnicodeEncodeError as e:
                print(repr(s), enc, errors, "UnicodeEncodeError:", e, e.start, e.end, e.reason)
print(str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xff", "utf-8", "replace"), str(b"\xe9", "latin-1"))
for bad in [lambda: b"x".decode("nope"), lambda: "x".encode("nope"), lambda: b"\xff".decode("utf-8", "bogus")]:
    try:
        bad()
    except LookupError as e:
        print("LookupError:", e)
print("é".encode("UTF_8"), b"\xe9".decode("Latin1"), "x".encode("US-ASCII"))

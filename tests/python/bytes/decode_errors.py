data = [b"plain", b"caf\xc3\xa9", b"\xe6\x97\xa5\xe6\x9c\xac", b"bad\xff", b"\xc3", b"\xed\xa0\x80"]
for d in data:
    try:
        print(d, "->", repr(d.decode()))
    except UnicodeDecodeError as e:
        print(d, type(e).__name__, e)
    print("  replace:", repr(d.decode("utf-8", "replace")), "latin-1:", repr(d.decode("latin-1")))
try:
    b"\x80".decode("ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e, e.start, e.end, e.reason)

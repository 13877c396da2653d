print(b"\x00\xffabc".hex(), b"".hex(), b"\x01\x02\x03".hex(":"), b"\x01\x02\x03\x04".hex("-", 2))
print(bytes.fromhex("deadbeef"), bytes.fromhex("de ad be ef"), bytes.fromhex(""), bytes.fromhex("0A0b"))
print(bytearray.fromhex("ff00"), bytearray(b"\xab\xcd").hex())
for bad in ("abc", "zz", "0x10"):
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
for data, args in [(b"\x01\x02\x03\x04\x05", ("-", 2)), (b"\x01\x02\x03\x04\x05", ("-", -2)),
                   (b"\x01\x02\x03", (b":",)), (b"", ("-",)), (b"\xab\xcd\xef", (" ", 5))]:
    print(data.hex(*args))
for bad in [("--",), (1,)]:
    try:
        b"ab".hex(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(b"\x00\xffabc".hex(), b"".hex(), b"\x01\x02\x03".hex(":"), b"\x01\x02\x03\x04".hex("-", 2))
print(bytes.fromhex("deadbeef"), bytes.fromhex("de ad be ef"), bytes.fromhex(""), bytes.fromhex("0A0b"))
print(bytearray.fromhex("ff00"), bytearray(b"\xab\xcd").hex())
for bad in ("abc", "zz", "0x10"):
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)

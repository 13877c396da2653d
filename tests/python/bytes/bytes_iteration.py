total = 0
for byte in b"\x01\x02\x03":
    total += byte
print(total)
print([hex(x) for x in b"Hi!"])
print(b"abc"[::-1], bytes(reversed(b"abc")), sorted(b"cab"), max(b"az"), min(b"az"))
print(list(enumerate(b"ab")), dict(zip(b"ab", b"cd")))
print(b"%d-%s" % (1, b"x"), b"%c" % 65, b"%5s|" % b"ab", b"%x" % 255)
print(bytes(x ^ 0x20 for x in b"Hello"))

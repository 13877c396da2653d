ba = bytearray(b"hello")
print(ba, repr(ba), len(ba), ba[0], ba[-1])
ba.append(33)
print(ba)
ba.extend(b" world")
ba.extend([65, 66])
print(ba)
ba[0] = 72
print(ba)
ba[1:5] = b"EY"
print(ba)
del ba[0]
print(ba, ba.pop(), ba)
ba.insert(0, 62)
ba.remove(ord("E"))
print(ba, bytes(ba), ba == b">Y! worldA")
ba.reverse()
print(ba)
print(bytearray(), bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"x") * 3)
try:
    ba.append(256)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba[0] = -1
except ValueError as e:
    print(type(e).__name__, e)
c = bytearray(b"abc")
c += b"def"
print(c, c.upper(), c.decode(), c.find(b"d"), c.copy(), c.hex())
c.clear()
print(c)

# bytes' and bytearray's item slots are methods too (`bytearray.__setitem__(b, i, v)`),
# and BytesIO.write takes bytes-like objects only.
import io

b = bytearray(b"abc")
for name in ["__setitem__", "__delitem__", "__getitem__", "__contains__", "__iadd__",
             "__len__"]:
    m = getattr(b, name)
    print(name, type(m).__name__, type(getattr(bytearray, name)).__name__)
print([k for k in ("__getitem__", "__contains__", "__setitem__", "__delitem__")
       if k in vars(bytes)])
bytearray.__setitem__(b, 0, 65)
print(b)
b.__setitem__(slice(1, 2), b"ZZ")
print(b)
b.__delitem__(0)
print(b, b.__getitem__(0), b.__getitem__(slice(0, 2)), b.__contains__(b"Zc"), 90 in b)
print(bytes.__getitem__(b"xyz", -1), bytes.__contains__(b"xyz", 121))


class B(bytearray):
    pass


s = B(b"hello")
bytearray.__setitem__(s, 0, 72)
B.__delitem__(s, -1)
print(s, type(s).__name__, s.__getitem__(1))

for f in [lambda: bytearray.__setitem__(b"x", 0, 1), lambda: b.__setitem__(0, 256),
          lambda: b.__setitem__(9, 1), lambda: b.__delitem__("a"),
          lambda: bytes.__getitem__(b"x", 5),
          lambda: b.__contains__(1.5)]:
    try:
        f()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)

f = io.BytesIO()
for v in [5, "s", None, [1], memoryview(b"mv"), bytearray(b"ba"), b"by", B(b"sub")]:
    try:
        print(f.write(v))
    except TypeError as e:
        print(type(e).__name__, e)
print(f.getvalue())
for v in [5, "s"]:
    try:
        f.writelines([v])
    except TypeError as e:
        print(type(e).__name__, e)

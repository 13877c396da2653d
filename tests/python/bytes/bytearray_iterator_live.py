# A bytearray's iterator is a bytearray_iterator over the live bytearray: bytes
# appended, removed or changed after it was made are seen, by index.
b = bytearray(b"ab")
it = iter(b)
print(type(it).__name__, type(it).__basicsize__, type(it).__itemsize__)
print(type(it).__module__, type(it).__qualname__, type(it).__mro__[1:])
b.append(99)
print(list(it))
b.append(100)
print(list(it), it.__length_hint__())

b = bytearray(b"hello")
it = iter(b)
print(next(it), next(it))
b[2] = 0x58
print(next(it))
del b[3:]
print(it.__length_hint__(), list(it))

b = bytearray(b"xyz")
it = iter(b)
b.clear()
print(it.__length_hint__(), list(it))

# Iterating while it grows: each appended byte is reached too (up to a bound).
b = bytearray(b"\x01")
out = []
for x in b:
    out.append(x)
    if len(b) < 5:
        b.append(x + 1)
print(out, bytes(b))


# A subclass iterates its own bytes the same way.
class BA(bytearray):
    pass


c = BA(b"pq")
it = iter(c)
c.extend(b"rs")
print(type(it).__name__, list(it))
print(list(reversed(bytearray(b"abc"))), sorted(bytearray(b"cab")))
print(type(iter(b"ab")).__name__)

# pack_into, unpack_from, iter_unpack and unpack over bytes and bytearray; size errors.
import struct


def attempt(fn, *args, **kwargs):
    try:
        r = fn(*args, **kwargs)
        print(fn.__name__, 'ok', r if not isinstance(r, bytearray) else bytes(r))
    except Exception as e:
        print(fn.__name__, type(e).__name__, e)


buf = bytearray(12)
struct.pack_into('<ih', buf, 2, -2, 7)
print(buf)
struct.pack_into('>h', buf, -2, 0x1234)
print(buf)
struct.pack_into(b'2s', buf, 0, b'xyz')
print(buf)
for off in (0, 8, 9, 12, 13, -1, -4, -12, -13, 2**40):
    b = bytearray(12)
    attempt(struct.pack_into, '<i', b, off, 99)
    print(b)
attempt(struct.pack_into, '<i', bytearray(3), 0, 1)
attempt(struct.pack_into, 'i', b'12345678', 0, 5)
attempt(struct.pack_into, 'i', '12345678', 0, 5)
attempt(struct.pack_into, 'i', bytearray(8), 0)
attempt(struct.pack_into, 'i', bytearray(8), 0, 1, 2)
attempt(struct.pack_into, 'i', bytearray(8))
attempt(struct.pack_into, 'i')
attempt(struct.pack_into, 'i', bytearray(8), '0', 1)
attempt(struct.pack_into, 'i', bytearray(8), 0.0, 1)
attempt(struct.pack_into, 'i', bytearray(8), 0, 'x')
attempt(struct.pack_into, '0s', bytearray(0), 0, b'')

data = bytes(range(1, 13))
for off in (0, 2, 8, 9, 12, -4, -3, -12, -13, 20):
    attempt(struct.unpack_from, '<i', data, off)
attempt(struct.unpack_from, '<h', buffer=b'\x01\x02\x03', offset=1)
attempt(struct.unpack_from, '<h', b'\x01\x02\x03', offset=1)
attempt(struct.unpack_from, '<h', bytearray(b'\x01\x02\x03'))
attempt(struct.unpack_from, '<h', b'\x01', 0)
attempt(struct.unpack_from, '<h', 'ab')
attempt(struct.unpack_from, '<h')
attempt(struct.unpack_from, '0s', b'', 0)

attempt(struct.unpack, 'i', b'123')
attempt(struct.unpack, 'i', b'12345')
attempt(struct.unpack, '>i', bytearray(b'1234'))
attempt(struct.unpack, 'i', 'abcd')
attempt(struct.unpack, 'i', 1234)
attempt(struct.unpack, '', b'')
attempt(struct.unpack, 'x', b'')

for fmt, data in (('<h', b'\x01\x00\x02\x00\x03\x00'), ('<h', b''), ('>bh', bytes(range(9))),
                  ('i', b'1234567'), ('0s', b''), ('x', b'ab')):
    try:
        it = struct.iter_unpack(fmt, data)
        print(fmt, it.__length_hint__(), list(it), it.__length_hint__(), list(it))
    except Exception as e:
        print(fmt, type(e).__name__, e)
it = struct.iter_unpack('<H', bytearray(b'\x01\x00\x02\x00'))
print(type(it).__name__, iter(it) is it, next(it), next(it), next(it, 'done'))
attempt(struct.iter_unpack, 'i', 'abcd')

# Every format character under every prefix: sizes, alignment, packed bytes, round trips.
import struct

CHARS = 'xcbB?hHiIlLqQnNefdspP'
for prefix in ('', '@', '=', '<', '>', '!'):
    row = []
    for c in CHARS:
        try:
            row.append('%s=%d' % (c, struct.calcsize(prefix + c)))
        except struct.error as e:
            row.append('%s:%s' % (c, e))
    print(repr(prefix), ' '.join(row))

# Native alignment: each item aligned to its own size, nothing added at the end.
for f in ('b0i', '0i', 'ib', 'bi', 'bh', 'bq', 'bd', 'bf', 'be', 'bP', 'b0P', 'c0q', 'hxi',
          'xi', 'i0b', 'b?', 'bnN', '3s i', '5p q', 'bbbq', 'cl', 'cL', 'hhhd', '=bq', '<bq', '>bq'):
    print(f, struct.calcsize(f))

# Whitespace between items, and counts.
for f in ('i i', ' 2h\t3b\n', '< 4s 2x h', '10x', '0s', '0p', '3c', '2?', '>  q'):
    print(repr(f), struct.calcsize(f))

EDGES = {
    'b': (-128, -1, 0, 1, 127), 'B': (0, 1, 128, 255),
    'h': (-32768, -1, 0, 255, 32767), 'H': (0, 256, 65535),
    'i': (-2**31, -1, 0, 2**31 - 1), 'I': (0, 2**31, 2**32 - 1),
    'l': (-2**31, 0, 2**31 - 1), 'L': (0, 2**32 - 1),
    'q': (-2**63, -1, 0, 2**63 - 1), 'Q': (0, 2**63, 2**64 - 1),
}
for prefix in ('@', '=', '<', '>', '!'):
    for c, values in EDGES.items():
        for v in values:
            data = struct.pack(prefix + c, v)
            back = struct.unpack(prefix + c, data)
            print(prefix, c, v, data.hex(), back == (v,))
    for c in 'lL':
        print(prefix, c, struct.pack(prefix + c, 2**31 - 1).hex())
for c, v in (('n', -2**63), ('n', 2**63 - 1), ('N', 2**64 - 1), ('P', 2**64 - 1), ('P', 0), ('P', 12345)):
    data = struct.pack(c, v)
    print(c, v, data.hex(), struct.unpack(c, data))
print(struct.pack('P', -1).hex(), struct.unpack('P', struct.pack('P', -1)))

# Several items at once.
data = struct.pack('>bhiqBHIQ', -1, -2, -3, -4, 1, 2, 3, 4)
print(data.hex(), struct.unpack('>bhiqBHIQ', data))
data = struct.pack('@bhiqBHIQ', -1, -2, -3, -4, 1, 2, 3, 4)
print(data.hex(), struct.unpack('@bhiqBHIQ', data))
data = struct.pack('3h2b', 1, 2, 3, 4, 5)
print(data.hex(), struct.unpack('3h2b', data))
print(struct.pack('<2x i 3x', 7).hex(), struct.unpack('<2x i 3x', bytes(9)))

# c, ?, s, p.
print(struct.pack('c3c', b'a', b'b', b'\x00', b'\xff'), struct.unpack('4c', b'ab\x00\xff'))
print(struct.pack('5?', 0, 1, [], [0], 'x'), struct.pack('?', None), struct.pack('?', 2.5))
print(struct.unpack('3?', b'\x00\x05\x01'), struct.unpack('>?', b'\xff'))
print(struct.pack('s', b'abc'), struct.pack('0s', b'abc'), struct.pack('5s', b'ab'),
      struct.pack('3s', bytearray(b'abcdef')), struct.pack('2s', b''))
print(struct.unpack('5s', b'ab\x00\x00\x00'), struct.unpack('0s', b''))
print(struct.pack('p', b'abc'), struct.pack('5p', b'abcdefgh'), struct.pack('5p', b'ab'),
      struct.pack('0p', b'x'), struct.pack('1p', b'x'))
big = struct.pack('300p', b'x' * 300)
print(big[0], len(big), struct.unpack('300p', big)[0] == b'x' * 255)
print(struct.unpack('5p', b'\x09abcd'), struct.unpack('5p', b'\x02abcd'), struct.unpack('1p', b'\x05'))
print(struct.pack('3s2p', b'1', b'2'), struct.pack('<i3sh', 1, b'xyz', -1))
print(struct.pack(b'<i', 5), struct.unpack(b'>h', b'\x01\x02'))

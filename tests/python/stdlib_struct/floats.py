# e, f and d: rounding, special values, overflow, conversions, deterministic round trips.
import math
import struct


class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 7


class Bad:
    def __float__(self):
        raise ValueError('no')


def show(f, v):
    shown = type(v).__name__ if isinstance(v, (F, I, Bad)) else repr(v)
    try:
        print(f, shown, struct.pack(f, v).hex())
    except Exception as e:
        print(f, shown, type(e).__name__, e)


for f in ('e', '<e', '>e', 'f', '<f', '=f', '>f', '!f', 'd', '<d', '>d'):
    for v in (0.0, -0.0, 1.0, -1.5, 0.1, 1 / 3, 65504.0, 65519.99, 65520.0, 1e10, 1e300,
              -1e300, 3.4028234663852886e38, 3.4028235677973366e38, 5.96e-8, 2.98e-8,
              2.99e-8, 1e-8, 6.1e-5, 1e-40, 1e-320, math.inf, -math.inf, 3, True, 2**2000,
              F(), I(), Bad(), 'x', None, b'1'):
        show(f, v)
print(struct.pack('e', math.nan).hex(), struct.pack('f', math.nan).hex(),
      struct.pack('>d', math.nan).hex())
print(math.isnan(struct.unpack('e', b'\x00\x7e')[0]), struct.unpack('<e', b'\x00\x7c'),
      struct.unpack('<e', b'\x00\xfc'), struct.unpack('<e', b'\x01\x00'),
      struct.unpack('<e', b'\xff\x7b'), struct.unpack('<e', b'\x00\x80'))

# Half floats: every rounding boundary between two neighbours is half to even.
for bits in range(0, 0x7c00, 97):
    lo = struct.unpack('<e', struct.pack('<H', bits))[0]
    hi = struct.unpack('<e', struct.pack('<H', bits + 1))[0]
    mid = (lo + hi) / 2
    print(bits, struct.pack('<e', mid).hex(), struct.pack('<e', -mid).hex(),
          struct.pack('<e', math.nextafter(mid, 0)).hex(), struct.pack('<e', math.nextafter(mid, 1e9)).hex())

# Deterministic pseudo-random round trips.
state = 12345


def rand():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state


for _ in range(300):
    bits = rand()
    d = struct.unpack('<d', struct.pack('<Q', bits))[0]
    if math.isnan(d):
        continue
    for f in ('<d', '>d', '<f', '>f'):
        try:
            packed = struct.pack(f, d)
        except OverflowError as e:
            print(f, 'overflow', e)
            continue
        back = struct.unpack(f, packed)[0]
        print(f, packed.hex(), back == d or back)
    h = bits % 0x7c00
    x = struct.unpack('<e', struct.pack('<H', h))[0]
    print('e', h, repr(x), struct.pack('<e', x) == struct.pack('<H', h))
    scaled = (bits % 10**12) / 10**12 * 70000 - 35000
    try:
        print('e', repr(scaled), struct.pack('>e', scaled).hex())
    except OverflowError as e:
        print('e', repr(scaled), e)

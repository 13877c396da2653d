# Deterministic pseudo-random formats and values: the packed bytes and the round trip.
import struct

state = 2024


def rand(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return (state >> 17) % n


RANGES = {
    'b': (-128, 127), 'B': (0, 255), 'h': (-2**15, 2**15 - 1), 'H': (0, 2**16 - 1),
    'i': (-2**31, 2**31 - 1), 'I': (0, 2**32 - 1), 'q': (-2**63, 2**63 - 1), 'Q': (0, 2**64 - 1),
}
NATIVE = dict(RANGES, l=(-2**63, 2**63 - 1), L=(0, 2**64 - 1), n=(-2**63, 2**63 - 1),
              N=(0, 2**64 - 1), P=(0, 2**64 - 1))
STANDARD = dict(RANGES, l=(-2**31, 2**31 - 1), L=(0, 2**32 - 1))


def value(c, table):
    if c in table:
        lo, hi = table[c]
        pick = rand(4)
        if pick == 0:
            return lo
        if pick == 1:
            return hi
        return lo + rand(hi - lo + 1)
    if c == '?':
        return bool(rand(2))
    if c == 'c':
        return bytes([rand(256)])
    if c in 'sp':
        return bytes(rand(256) for _ in range(rand(8)))
    if c == 'd':
        return (rand(10**9) - 5 * 10**8) / (rand(1000) + 1)
    if c == 'f':
        return struct.unpack('f', struct.pack('f', (rand(10**6) - 5 * 10**5) / 64))[0]
    return (rand(2**11) - 2**10) / 2 ** rand(12)


for _ in range(200):
    prefix = '@=<>!'[rand(5)]
    table = NATIVE if prefix == '@' else STANDARD
    codes = list(table) + list('?csp dfex')
    parts, values = [], []
    for _ in range(1 + rand(6)):
        c = codes[rand(len(codes))]
        if c == ' ':
            parts.append(' ')
            continue
        count = rand(4)
        if c == 'p' and count == 0:
            count = 1  # (CPython 3.11 fails to unpack '0p' with a SystemError)
        parts.append('%d%s' % (count, c) if count != 1 or rand(2) else c)
        if c == 'x':
            continue
        if c in 'sp':
            values.append(value(c, table))
        else:
            values.extend(value(c, table) for _ in range(count))
    fmt = prefix + ''.join(parts)
    data = struct.pack(fmt, *values)
    back = struct.unpack(fmt, data)
    fixed = []
    for v, b in zip(values, back):
        fixed.append(b == v or (isinstance(v, bytes) and v.startswith(b)) or (v, b))
    print(repr(fmt), struct.calcsize(fmt), data.hex(), all(x is True for x in fixed) or fixed)
    s = struct.Struct(fmt)
    if s.size:
        print(len(list(s.iter_unpack(data * 3))), s.unpack_from(b'\x00' * 3 + data, 3) == back)

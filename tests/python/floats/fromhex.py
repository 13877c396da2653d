# float.fromhex: formats, rounding half to even at 53 bits and in subnormals, errors; hex() round trips.
tests = ['0x1.8p1', '-0x1p-2', '1.8p1', '0X1P0', '0x.8', '0x1.', ' 0x10 ', 'inf', '-Infinity', '0x1.fffffffffffff8p0',
 '0x1.fffffffffffff7p0', '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1p-1074', '0x1p-1075', '0x1.0000000000001p-1075',
 '0x3p-1076', '0x1p1023', '0x1.fffffffffffffp1023', '0x0p0', '-0x0p0', '0x1p-1022', '0x0.fffffffffffff8p-1022', '0x123456789abcdef0123456789p-30',
 'abc', '', '0x', '0xp1', '0x1p', '0x1p+-1', '0x1.8p1.5', '0x1p1024', '0x1.fffffffffffff8p1023', '0x1p-99999999999999999999', '1e5', '0x1_0']
for t in tests:
    try:
        print(repr(t), repr(float.fromhex(t)))
    except (ValueError, OverflowError) as e:
        print(repr(t), type(e).__name__, e)
for x in [1.5, 0.1, -0.0, 5e-324, 1e308, 2.0**-1022, 123.456]:
    print(x.hex(), float.fromhex(x.hex()) == x)
class F(float): pass
print(type(F.fromhex('0x1p1')).__name__, F.fromhex('0x1p1'))
print((3.7).__trunc__(), (-3.7).__floor__(), (3.2).__ceil__())

# Subclasses of bytes, bytearray, str, int and float as formats, buffers and values; errors raised by conversions.
import struct
class B(bytes): pass
class BA(bytearray): pass
class S(str): pass
class I(int): pass
class F(float): pass
class Boom:
    def __bool__(self): raise ValueError('boom')
    def __index__(self): raise KeyError('idx')
    def __float__(self): raise KeyError('flt')
def t(fn, *a, **k):
    try: print(fn(*a, **k))
    except Exception as e: print(type(e).__name__, e)
t(struct.unpack, 'h', B(b'ab')); t(struct.unpack, 'h', BA(b'ab')); t(struct.pack, 'c', B(b'a')); t(struct.pack, '3s', B(b'a')); t(struct.pack, '3p', BA(b'a'))
t(struct.calcsize, S('ii')); t(struct.calcsize, B(b'ii')); t(struct.pack, S('<h'), 1)
t(struct.pack, '<q', I(-5)); t(struct.pack, '<d', F(2.5)); t(struct.pack, '<d', I(3)); t(struct.pack, '<Q', I(2**64))
t(struct.pack, '?', Boom()); t(struct.pack, 'i', Boom()); t(struct.pack, '>i', Boom()); t(struct.pack, 'd', Boom())
b = BA(4); struct.pack_into('<i', b, 0, 7); print(b)
t(struct.Struct(S('<h')).pack, 3); print(type(struct.Struct(S('<h')).format).__name__)
print(struct.unpack('<e', struct.pack('<e', 1/3)), struct.unpack('>f', struct.pack('>f', 0.1)))

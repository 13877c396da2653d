# The Struct class, the module's names and the cache.
import struct
import _struct

print(struct.Struct, struct.error, struct.error.__module__, struct.pack, struct.Struct.__module__)
print(struct.pack.__module__, struct.unpack is _struct.unpack, struct.Struct is _struct.Struct)
print(sorted(struct.__all__))
print(issubclass(struct.error, Exception), struct.error.__name__)
s = struct.Struct('<ih5s')
print(type(s).__name__, s.format, s.size)
packed = s.pack(1, -2, b'ab')
print(packed, s.unpack(packed), s.unpack_from(b'\0' + packed, 1), s.unpack_from(buffer=b'\0' + packed, offset=1))
print(list(s.iter_unpack(packed * 3)))
buf = bytearray(13)
print(s.pack_into(buf, 2, 3, 4, b'xyz'), buf)
print(struct.Struct(b'>q').format, struct.Struct(format='<h').size)
s.__init__('>H')
print(s.format, s.size, s.pack(258))
for attr, value in (('format', 'x'), ('size', 3), ('other', 1)):
    try:
        setattr(s, attr, value)
        print('set', attr)
    except AttributeError:
        print('AttributeError', attr)


def attempt(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)


attempt(struct.Struct)
attempt(struct.Struct, 3)
attempt(struct.Struct, 'z')
attempt(struct.Struct, '<i', 'x')
attempt(struct.Struct, '<i', format='b')
attempt(struct.Struct, '\xe9')
attempt(struct.Struct('ii').pack, 1)
attempt(struct.Struct('ii').unpack, b'1')
attempt(struct.Struct('ii').unpack_from, b'1', 4)
attempt(struct.Struct('ii').pack_into, bytearray(4), 0, 1, 2)
try:
    struct.pack('i', 'x')
except struct.error as e:
    print('caught', type(e).__name__, e.args)

# The cache: formats are parsed once; _clearcache empties it and nothing changes.
for i in range(300):
    struct.calcsize('%di' % i)
print(struct.calcsize('5i'), struct.pack('>h', 1))
struct._clearcache()
print(struct.calcsize('5i'), struct.pack('>h', 1), _struct._clearcache())

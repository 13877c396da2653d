# Bad formats, argument counts and types, with CPython's messages.
import struct


def attempt(fn, *args):
    try:
        print(fn.__name__, repr(fn(*args)))
    except Exception as e:
        print(fn.__name__, type(e).__name__, e)


for f in ('3', 'i3', 'x y', '<n', '<N', '>P', '!n', 'i 3 i', '3 i', 'ii5', 'z', 'I!', '@@',
          '<>', ' <i', 'i<', '99999999999999999999i', '9223372036854775807x',
          '4611686018427387904i', '2305843009213693952q', '\xe9', 'i\u20ac', '', ' '):
    attempt(struct.calcsize, f)
attempt(struct.calcsize, 5)
attempt(struct.calcsize, None)
attempt(struct.calcsize, bytearray(b'i'))
attempt(struct.calcsize)
attempt(struct.calcsize, 'i', 'i')

attempt(struct.pack, 'ii', 1)
attempt(struct.pack, 'ii', 1, 2, 3)
attempt(struct.pack, 'x')
attempt(struct.pack, 'x', 1)
attempt(struct.pack, '3s2p', b'1')
attempt(struct.pack, '')
attempt(struct.pack)
attempt(struct.pack, 5, 5)
attempt(struct.pack, 'z', 5)
attempt(struct.pack, 'c', b'ab')
attempt(struct.pack, 'c', 'a')
attempt(struct.pack, 'c', bytearray(b'a'))
attempt(struct.pack, 'c', 1)
attempt(struct.pack, 'c', b'')
attempt(struct.pack, 's', 'abc')
attempt(struct.pack, 'p', 'abc')
attempt(struct.pack, 's', 1)
attempt(struct.pack, 'i', 1.0)
attempt(struct.pack, 'q', [1])
attempt(struct.pack, 'd', 'x')
attempt(struct.pack, 'e', 1e10)
attempt(struct.pack, '<f', 1e40)
attempt(struct.pack, '2i', 1, 'x')
attempt(struct.pack, 'i?', 1, [])
attempt(struct.unpack)
attempt(struct.unpack, 'i')
attempt(struct.unpack, 'i', b'1234', 1)
attempt(struct.iter_unpack, 'i')

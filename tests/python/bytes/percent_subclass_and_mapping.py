class B(bytes): pass
class BA(bytearray): pass
class S(str): pass
class BB(bytes):
    def __bytes__(self): return b'dunder'
class HasBytes:
    def __bytes__(self): return b'hb'
class BadBytes:
    def __bytes__(self): return 'notbytes'
tests = [
 lambda: b'%s' % B(b'sub'),
 lambda: b'%s' % (B(b'sub'),),
 lambda: b'%b' % B(b'sub'),
 lambda: b'%r' % B(b'sub'),
 lambda: b'%a' % B(b'sub'),
 lambda: b'%s' % BA(b'ba'),
 lambda: b'%s' % BB(b'x'),
 lambda: b'%s' % HasBytes(),
 lambda: b'%s' % BadBytes(),
 lambda: b'%s' % bytearray(b'arr'),
 lambda: b'%(a)s' % {b'a': b'x'},
 lambda: b'%(a)s' % {'a': b'x'},
 lambda: b'%(a)s %(b)d' % {b'a': b'x', b'b': 3},
 lambda: b'%(a)s' % {},
 lambda: b'%(\xff)s' % {b'\xff': b'y'},
 lambda: b'%(a)s' % B(b'zz'),
 lambda: b'%s %s' % B(b'zz'),
 lambda: b'%s' % S('s'),
 lambda: b'%s' % 'str',
 lambda: b'%c' % B(b'q'),
 lambda: b'%c' % B(b'qq'),
 lambda: b'%d' % B(b'1'),
 lambda: b'%(a)s' % [1],
 lambda: b'x' % B(b'zz'),
 lambda: b'x' % {b'a': 1},
 lambda: b'%s' % (1,2),
 lambda: bytearray(b'%(k)s') % {b'k': B(b'v')},
 lambda: B(b'%s') % b'q',
 lambda: type(B(b'%s') % b'q'),
 lambda: b'%s' % 3,
 lambda: b'%(a)s' % {B(b'a'): b'sub-key'},
 lambda: b'%5s|%-5s|' % (B(b'ab'), B(b'cd')),
 lambda: b'%.1s' % B(b'ab'),
]
for t in tests:
    try: print(repr(t()))
    except Exception as e: print(type(e).__name__, e)


class M:
    def __getitem__(self, k): return b'<' + (k if isinstance(k, bytes) else b'?') + b'>'
tests = [
 lambda: b'%c' % 300,
 lambda: b'%c' % 'a',
 lambda: b'%c' % b'ab',
 lambda: b'%c' % bytearray(b'z'),
 lambda: b'%c' % BA(b'z'),
 lambda: b'%c' % 65,
 lambda: b'%c' % -1,
 lambda: b'%c' % 2.0,
 lambda: b'%r' % 'é',
 lambda: b'%a' % 'é',
 lambda: b'%r' % B(b'\xff'),
 lambda: b'%(x)s' % M(),
 lambda: b'%(x)s %%' % M(),
 lambda: '%s' % b'ab',
 lambda: 'x' % b'ab',
 lambda: '%(a)s' % b'ab',
 lambda: b'x' % bytearray(b'ab'),
 lambda: b'x' % 'ab',
 lambda: b'%s' % BA(b'sub'),
 lambda: b'%(a)s' % {b'a': BA(b'q')},
 lambda: b'%x %o %X' % (255, 8, 255),
 lambda: b'%5.2f|%e' % (3.14159, 1e10),
 lambda: b'%(a)d' % {b'a': 5},
 lambda: b'%*d' % (5, 3),
]
for t in tests:
    try: print(repr(t()))
    except Exception as e: print(type(e).__name__, e)
class C: x = 1


tests = [
 lambda: 'x' % range(3),
 lambda: '%s' % range(3),
 lambda: '%(x)s' % C.__dict__,
 lambda: 'x' % bytearray(b'a'),
 lambda: '%s' % bytearray(b'a'),
 lambda: 'x' % B(b'a'),
 lambda: '%s' % B(b'a'),
 lambda: b'x' % B(b'a'),
 lambda: b'x' % BA(b'a'),
 lambda: b'x' % range(2),
 lambda: b'%(k)s' % C.__dict__,
 lambda: b'%c' % True,
 lambda: b'%c' % B(b'1'),
 lambda: b'%5c|' % 65,
 lambda: b'%s' % b'\x00\xff',
 lambda: B(b'%s') % B(b'x'),
]
for t in tests:
    try: print(repr(t()))
    except Exception as e: print(type(e).__name__, e)

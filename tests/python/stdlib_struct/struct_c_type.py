# _struct.Struct is the C type CPython has: named _struct.Struct in messages, immutable,
# with its C layout (weak references, a subclass's dict) and not picklable.
import struct, weakref, copy, pickle
S = struct.Struct
print(S.__module__, S.__qualname__, S.__basicsize__, S.__itemsize__, S.__dictoffset__, S.__weakrefoffset__, hex(S.__flags__))
s = S('i')
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
attempt("setattr instance", lambda: setattr(s, 'x', 1))
attempt("setattr class", lambda: setattr(S, 'x', 1))
attempt("delattr class", lambda: delattr(S, 'pack'))
attempt("__dict__", lambda: s.__dict__)
attempt("missing", lambda: s.nope)
attempt("class missing", lambda: S.nope)
attempt("weakref", lambda: weakref.ref(s)() is s)
attempt("repr type", lambda: repr(S))
attempt("__class__", lambda: setattr(s, '__class__', int))
class T(S):
    pass
t = T('>h')
t.x = 5
print(t.x, t.pack(3), T.__basicsize__, T.__dictoffset__, T.__weakrefoffset__, hex(T.__flags__ & ~(1 << 19)))
print(s.pack(7), s.unpack(b'\x07\x00\x00\x00'), s.size, s.format)
attempt("pickle", lambda: pickle.dumps(s))

# pickle.loads(pickle.dumps(x)) for builtins and user classes, every protocol; the
# bytes of user classes' pickles; the errors of what cannot be pickled.
import collections
import io
import pickle


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return type(other) is type(self) and vars(other) == vars(self)

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a

    def __repr__(self):
        return "Slotted(%r, %r)" % (self.a, getattr(self, "b", "-"))


class WithState:
    def __init__(self):
        self.data = [1]
        self.cache = "dropped"

    def __getstate__(self):
        return {"data": self.data}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True


class KwOnly:
    def __new__(cls, *, size):
        o = super().__new__(cls)
        o.size = size
        return o

    def __getnewargs_ex__(self):
        return (), {"size": self.size}


class Reduced:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reduced, (self.n * 2,))


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


class Outer:
    class Inner:
        pass


class MyError(Exception):
    pass


Pair = collections.namedtuple("Pair", "a b")

rec = [1]
rec.append(rec)
shared = [0]
values = [
    None, True, 7, -2 ** 70, 3.25, "text", b"bytes", bytearray(b"ba"), (1, "a"),
    [1, [2]], {"k": (1, 2)}, {1, 2}, frozenset({3}), 2j, range(2, 9, 3),
    slice(None, 4), Point(1, [2]), Pair(1, 2), MyInt(5), Ellipsis, NotImplemented,
    ValueError("bad", 2), MyError("mine"), Outer.Inner, Point, len, type(None),
    collections.OrderedDict(a=1), collections.deque([1, 2], maxlen=3),
    collections.defaultdict(list, {"a": [1]}), collections.Counter("abca"),
    [shared, shared],
]
for v in values:
    for proto in range(6):
        w = pickle.loads(pickle.dumps(v, proto))
        same = w == v if not isinstance(v, BaseException) else (type(w), w.args) == (type(v), v.args)
        print(proto, type(v).__name__, repr(w)[:60], same)

for proto in range(6):
    m = MyList([1, 2])
    m.tag = "t"
    w = pickle.loads(pickle.dumps(m, proto))
    print(proto, type(w).__name__, w, w.tag)
    d = MyDict(a=1)
    w = pickle.loads(pickle.dumps(d, proto))
    print(proto, type(w).__name__, w)
    r = pickle.loads(pickle.dumps(rec, proto))
    print(proto, r[0], r[1] is r)
    s = Slotted(1)
    print(proto, pickle.loads(pickle.dumps(s, 2 if proto < 2 else proto)))
    ws = pickle.loads(pickle.dumps(WithState(), proto))
    print(proto, vars(ws))
    print(proto, pickle.loads(pickle.dumps(Reduced(3), proto)).n)
    l2 = pickle.loads(pickle.dumps([shared, shared], proto))
    print(proto, l2[0] is l2[1])
for proto in range(2, 6):
    print(proto, pickle.loads(pickle.dumps(KwOnly(size=4), proto)).size)
    print(proto, pickle.dumps(Point(1, 2), proto))
    print(proto, pickle.dumps(Slotted(1), proto))
    print(proto, pickle.dumps(MyList([1]), proto))
    print(proto, pickle.dumps(KwOnly(size=1), proto))
    print(proto, pickle.dumps(Outer.Inner, proto))
print(pickle.dumps(Point(1, 2), 0))
print(pickle.dumps(Point(1, 2), 1))

# dump/load with files, Pickler/Unpickler objects, the memo across dumps.
f = io.BytesIO()
pickle.dump({"a": 1}, f)
pickle.dump([2], f, protocol=2)
f.seek(0)
print(pickle.load(f), pickle.load(f))
f = io.BytesIO()
p = pickle.Pickler(f, 3)
x = ["shared"]
p.dump(x)
p.dump(x)
print(f.getvalue())
p.clear_memo()
f = io.BytesIO()
p = pickle.Pickler(f)
p.dump(1)
print(f.getvalue(), pickle.Unpickler(io.BytesIO(f.getvalue())).load())


class PersistentPickler(pickle.Pickler):
    def persistent_id(self, obj):
        return "P%d" % obj if isinstance(obj, int) and obj > 100 else None


class PersistentUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return ("loaded", pid)


for proto in (0, 2, 4):
    f = io.BytesIO()
    PersistentPickler(f, proto).dump([1, 500])
    print(proto, f.getvalue())
    f.seek(0)
    print(PersistentUnpickler(f).load())

# Errors.


def local_maker():
    def inner():
        pass
    return inner


for bad in (local_maker(), lambda: 0, (x for x in ()), Slotted(1)):
    for proto in (0, 4):
        try:
            pickle.dumps(bad, proto)
        except Exception as e:
            print(proto, type(e).__name__, str(e).split(" at 0x")[0])
for data in (b"", b"\x80\x04", b"X", b"}q", b"\x80\x09.", b"N", b"0.", b"h\x05."):
    try:
        print(pickle.loads(data))
    except Exception as e:
        print(data, type(e).__name__, e)
try:
    pickle.loads("text")
except TypeError as e:
    print("TypeError", e)
try:
    pickle.dumps(1, 6)
except ValueError as e:
    print("ValueError", e)
print(issubclass(pickle.PicklingError, pickle.PickleError), pickle.UnpicklingError.__mro__[1].__name__)
print(pickle.loads(b"\x80\x02U\x03abcq\x00.", encoding="latin1"), pickle.loads(b"U\x03abc.", encoding="bytes"))
print(pickle.loads(b"S'a\\nb'\np0\n."), pickle.loads(b"(lp0\nI1\naI2\na."), pickle.loads(b"(dp0\nVk\np1\nL5L\ns."))
print(pickle.loads(b"c__builtin__\nxrange\n(I1\nI3\ntR."), pickle.loads(b"c__builtin__\nset\n((lI1\natR."))

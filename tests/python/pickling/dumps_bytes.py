# pickle.dumps writes the bytes CPython's pickler writes, for every protocol.
import copyreg
import pickle

values = [
    None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129, -256, 2 ** 31 - 1,
    2 ** 31, -2 ** 31, -2 ** 31 - 1, 2 ** 40, -2 ** 40, 2 ** 64, -2 ** 64, 2 ** 2100,
    0.0, -0.0, 1.5, -2.25, 1e300, float("inf"), float("-inf"), 1 / 3,
    "", "a", "héllo", "a\\b\nc\r\x00\x1a", "\u1234\U00012345", "x" * 300,
    b"", b"ab", b"\x00\xff" * 200, bytearray(b"ba"), bytearray(),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), ((),), [], [1], [1, 2], [[]],
    {}, {"a": 1}, {"a": 1, "b": [2]}, {1: None}, set(), {1, 2, 3}, frozenset(),
    frozenset({5}), 1 + 2j, range(3), range(1, 10, 2), slice(1, 2, 3),
    [1] * 1001, list(range(2001)), {i: i for i in range(1001)},
    len, copyreg.pickle, int, type(None), type(NotImplemented), type(...), ValueError("x"),
    KeyError(1, 2), StopIteration(), Ellipsis, NotImplemented,
]
for v in values:
    for proto in range(0, 6):
        data = pickle.dumps(v, proto)
        shown = data if len(data) < 160 else data[:80] + b"..." + data[-40:]
        print(proto, type(v).__name__, len(data), shown)

# Shared and recursive structure goes through the memo.
shared = [1, 2]
pair = [shared, shared, "s", "s"]
rec = []
rec.append(rec)
d = {}
d["self"] = d
t = ([],)
t[0].append(t)
for v in (pair, rec, d, t, ("a", "a"), [(1,)] * 3):
    for proto in range(0, 6):
        print(proto, pickle.dumps(v, proto))
print(pickle.dumps([1, 2]) == pickle.dumps([1, 2], pickle.DEFAULT_PROTOCOL))
print(pickle.dumps(1, -1), pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
big = [b"x" * 70000, "y" * 70000, list(range(20000)), b"z" * 10]
for proto in range(0, 6):
    data = pickle.dumps(big, proto)
    print(proto, len(data), sum(data), data.count(b'\x94'), data[:24], data[-30:])

# bytes/bytearray find, index, count, startswith and endswith with start and end (CPython's index adjustment).
b = b"abcabcab"
tests = [
 lambda: b.find(b"ab", 1, 5), lambda: b.find(b"ab", 1), lambda: b.rfind(b"ab", 0, 7), lambda: b.index(b"c", 3), lambda: b.index(b"c", 3, 6),
 lambda: b.rindex(b"a", 0, 5), lambda: b.count(b"ab", 1, 6), lambda: b.startswith(b"bc", 1), lambda: b.startswith((b"x", b"ca"), 2, 5),
 lambda: b.endswith(b"ab", 0, 5), lambda: b.find(99, -3), lambda: b.index(b"z", 1, 2), lambda: b.count(b"", 2, 5), lambda: b.find(b"", 9),
 lambda: bytearray(b).find(b"b", None, 3), lambda: bytearray(b).count(b"a", -4),
]
for t in tests:
    try: print(t())
    except Exception as e: print(type(e).__name__, e)

# Consumers of bytes-like objects accept a memoryview (its contents in C order).
import io
import struct


def t(label, f):
    try:
        r = f()
        print(label, type(r).__name__, r)
    except Exception as e:
        print(label, type(e).__name__, e)


m = memoryview(b"abcdef")
h = memoryview(b"\x01\x00\x02\x00").cast("h")
t("bytes", lambda: bytes(m))
t("bytes step", lambda: bytes(m[::-2]))
t("bytes cast", lambda: bytes(h))
t("bytearray", lambda: bytearray(m[1:4]))
t("join", lambda: b"-".join([m[:2], b"x", bytearray(b"y"), m[4:]]))
t("bytearray join", lambda: bytearray(b",").join([m, m[:1]]))
t("concat", lambda: b"<" + m[2:4])
t("bytearray concat", lambda: bytearray(b"<") + m[2:4])
t("find", lambda: b"xxcdxx".find(m[2:4]))
t("count", lambda: b"cdcdcd".count(m[2:4]))
t("in", lambda: m[2:4] in b"abcd")
t("startswith", lambda: b"abc".startswith(m[:2]))
t("replace", lambda: b"abcabc".replace(m[:1], m[5:]))
t("split", lambda: b"a,b,c".split(memoryview(b",")))
ba = bytearray(b"12")
ba.extend(m[:2])
ba += m[-2:]
t("extend and +=", lambda: ba)
ba[0:2] = m[::2]
t("slice assign", lambda: ba)
t("from_bytes", lambda: int.from_bytes(memoryview(b"\x01\x02"), "big"))
t("unpack", lambda: struct.unpack("<hh", memoryview(b"\x01\x00\x02\x00")))
t("unpack cast", lambda: struct.unpack("<hh", h))
t("unpack_from", lambda: struct.unpack_from("<h", memoryview(b"\x00\x05\x00"), 1))
bio = io.BytesIO()
t("BytesIO.write", lambda: bio.write(m[1:3]))
bio.write(memoryview(bytearray(b"XY")))
t("BytesIO value", lambda: bio.getvalue())
t("BytesIO init", lambda: io.BytesIO(m[3:]).read())
t("decode", lambda: str(m[:3], "ascii"))
t("len", lambda: (len(m), len(h), len(m[::4])))
t("list", lambda: list(h))
t("bool", lambda: (bool(m), bool(m[:0])))
t("in view", lambda: (98 in m, 120 in m))
t("sorted", lambda: sorted(m[:3], reverse=True))

released = memoryview(b"xyz")
released.release()
t("bytes released", lambda: bytes(released))
t("join released", lambda: b"".join([released]))
t("concat released", lambda: b"a" + released)
t("bytes of str", lambda: memoryview("abc"))
t("concat str", lambda: b"a" + "b")
t("join str", lambda: b"".join([m, "x"]))

# The memoryview type: its dict, descriptors and the errors of its methods.


def t(label, f):
    try:
        r = f()
        print(label, type(r).__name__, r)
    except Exception as e:
        print(label, type(e).__name__, e)


print(sorted(vars(memoryview)))
print(type(memoryview).__name__, memoryview.__name__, memoryview.__module__)
for name in ["obj", "nbytes", "format", "shape", "contiguous"]:
    print(name, type(vars(memoryview)[name]).__name__)
t("subclass", lambda: type("M", (memoryview,), {}))
t("descriptor", lambda: memoryview.tolist(b"ab"))
t("getset get", lambda: memoryview.nbytes.__get__(memoryview(b"abc")))
t("readonly attr", lambda: setattr(memoryview(b"a"), "format", "B"))
t("no attr", lambda: memoryview(b"a").foo)
t("isinstance", lambda: isinstance(memoryview(b""), memoryview))
t("repr", lambda: repr(memoryview(b"")).startswith("<memory at 0x"))
m = memoryview(b"ab")
m.release()
t("released repr", lambda: repr(m).startswith("<released memory at 0x"))
t("eq self released", lambda: m == m)
t("hash released", lambda: hash(m))
for name in ["obj", "nbytes", "readonly", "itemsize", "format", "ndim", "shape", "strides",
             "suboffsets", "c_contiguous", "f_contiguous", "contiguous"]:
    t(name, lambda: getattr(m, name))
for name in ["tobytes", "tolist", "hex", "toreadonly", "__enter__", "__len__"]:
    t(name, lambda: getattr(m, name)())
t("cast", lambda: m.cast("B"))
t("release twice", lambda: m.release())
t("exit", lambda: m.__exit__(None, None, None))
t("kw", lambda: memoryview(object=b"ab").tobytes(order="C"))
t("kw bad", lambda: memoryview(b"ab", x=1))
t("two", lambda: memoryview(b"ab", b"c"))
t("cast kw", lambda: memoryview(b"abcd").cast(format="B", shape=[2, 2]).tolist())
t("hex kw", lambda: memoryview(b"abcd").hex(sep=":", bytes_per_sep=2))
t("bytes hex kw", lambda: b"abcd".hex(bytes_per_sep=-3, sep="_"))
t("len()", lambda: len(m))
t("bool()", lambda: bool(m))
it = iter(memoryview(b"xy"))
t("iterator", lambda: (type(it).__name__, next(it), list(it)))
v = memoryview(b"abc")
it = iter(v)
next(it)
v.release()
t("iterator after release", lambda: next(it))
print(memoryview.__doc__)
print(memoryview.cast.__doc__)
print(memoryview.tolist.__text_signature__)

# A bytearray exported by a memoryview cannot change its length until every view
# made from that export is released (or freed).


def t(label, f):
    try:
        r = f()
        print(label, type(r).__name__, r)
    except Exception as e:
        print(label, type(e).__name__, e)


ba = bytearray(b"abcdef")
m = memoryview(ba)
t("append", lambda: ba.append(1))
t("extend", lambda: ba.extend(b"xy"))
t("extend empty", lambda: ba.extend(b""))
t("pop", lambda: ba.pop())
t("insert", lambda: ba.insert(0, 1))
t("remove", lambda: ba.remove(97))
t("clear", lambda: ba.clear())


def iadd():
    global ba
    ba += b"z"


def imul():
    global ba
    ba *= 2


def imul1():
    global ba
    ba *= 1
    return ba


t("+=", iadd)
t("*=", imul)
t("*= 1", imul1)


def delitem():
    del ba[0]


def delslice():
    del ba[1:3]


def setslice_same():
    ba[0:2] = b"AB"
    return ba


def setslice_longer():
    ba[0:2] = b"ABC"


def setslice_ext():
    ba[::2] = b"123"
    return ba


t("del item", delitem)
t("del slice", delslice)
t("same-length slice", setslice_same)
t("longer slice", setslice_longer)
t("extended slice", setslice_ext)


def setitem():
    ba[0] = 65
    return ba


t("item", setitem)
t("reinit", lambda: ba.__init__(b"q"))
t("view sees", lambda: m.tobytes())

# A slice of the view shares the export: releasing the first view is not enough.
s = m[1:3]
m.release()
t("released first", lambda: ba.append(1))
t("slice still works", lambda: s.tobytes())
s.release()
t("all released", lambda: ba.append(33) or ba)

# Each memoryview() call is an export of its own.
m1 = memoryview(ba)
m2 = memoryview(ba)
m1.release()
t("one of two", lambda: ba.append(34))
del m2
t("freed", lambda: ba.append(35) or ba)

# A view of a view shares its export too.
m3 = memoryview(ba)
m4 = memoryview(m3)
t("view of view obj", lambda: m4.obj is ba)
m3.release()
t("m4 holds", lambda: ba.pop())
with m4:
    t("in with", lambda: m4[0])
t("after with", lambda: ba.pop() and ba)
t("m4 released", lambda: m4[0])

# Writes through a view go to the bytearray.
ba = bytearray(b"hello world")
with memoryview(ba) as v:
    v[0] = ord("J")
    v[6:11] = b"WORLD"
    v[-1:] = bytearray(b"!")
    w = v[::2]
    w[0] = ord("j")
    print(ba)
    c = v.cast("c")
    c[1] = b"E"
    print(ba, v.readonly, c.readonly)
    r = v.toreadonly()
    t("toreadonly", lambda: r.__setitem__(0, 1))
    print(r.readonly, v.readonly)
    r.release()
t("views of the with's view", lambda: ba.pop())
w.release()
c.release()
print(ba.pop(), ba)

# A subclass's instance exports its bytes too.


class BA(bytearray):
    pass


sb = BA(b"xyz")
sm = memoryview(sb)
t("subclass obj", lambda: type(sm.obj).__name__)
t("subclass append", lambda: sb.append(1))
sm[0] = 88
print(sb)
sm.release()
sb.append(33)
print(sb)

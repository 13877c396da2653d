# The eval loop's fast paths (in-place int/float ops, fused compare+jump, fused slices,
# swap assignment, inline iteration, per-site caches) must behave as the general path.


class Idx:
    """An index whose __index__ shrinks the list being sliced."""

    def __init__(self, target, value):
        self.target, self.value = target, value

    def __index__(self):
        del self.target[2:]
        return self.value


def slices():
    a = list(range(10))
    print(a[2:5], a[::-1], a[7:2:-2], a[-3:], a[:100], a[100:], a[::3])
    t = tuple(a)
    print(t[2:5], t[::-1], t[7:2:-2], t[-3:], t[5:1])
    s = "abcdef"
    print(s[1:4], s[::-1], s[::2])
    b = a[:]
    b[:3] = b[2::-1]
    print(b)
    b[2:4] = [0, 0, 0, 0]
    print(b)
    b[1:5] = ()
    print(b)
    b[::2] = "xyz" + "w" * (len(b[::2]) - 3)
    print(b)
    try:
        b[::2] = [1]
    except ValueError as e:
        print("ValueError:", e)
    try:
        b[1.5:] = [1]
    except TypeError as e:
        print("TypeError:", e)
    try:
        b[:] = 5
    except TypeError as e:
        print("TypeError:", e)
    c = [1, 2, 3]
    c[:] = c
    c[len(c):] = c
    print(c)
    d = list(range(8))
    print(d[Idx(d, 1):6])
    e = list(range(8))
    e[Idx(e, 0):5] = ["new"]
    print(e)
    try:
        (1, 2)[::0]
    except ValueError as err:
        print("ValueError:", err)


def swaps():
    a, b = 1, 2
    a, b = b, a
    x, y, z = "x", "y", "z"
    x, y, z = z, x, y
    print(a, b, x, y, z)
    log = []

    class Box:
        def __setitem__(self, k, v):
            log.append(("set", k, v))

    def val(n):
        log.append(("val", n))
        return n

    box = Box()
    box[val("k1")], box[val("k2")] = val(1), val(2)
    print(log)
    [p, q] = 3, 4
    print(p, q)


def numbers():
    big = 2**62
    print(big + big, big * 4, -big - big - big, 7 // 2, -7 // 2, 7 % -3, 2.5 ** 2)
    print(2.0 ** -1.5, 0.5 ** 0.5, 10.0 ** 308 * 10)
    for base, exp in ((0.0, -1.0), (-8.0, 1 / 3), (1e300, 2.0), (2.0, 0.5)):
        try:
            print(base ** exp)
        except (ZeroDivisionError, OverflowError) as e:
            print(type(e).__name__, e)
    n = 0
    for i in range(5):
        if i < 3:
            n += 1
        if 2.5 > i:
            n += 10
        if i == "x":
            n += 100
    print(n)
    x = 1 << 63
    print(x > 5, x < 2.0, 5 < x, [i for i in range(-3, 3) if i >= 0])


def iteration():
    xs = [1, 2, 3]
    out = []
    for x in xs:
        if x == 2:
            xs.append(4)
        out.append(x)
    print(out)
    for i in range(2**63 - 2, 2**63 + 1):
        print(i)
    for i in range(10, 0, -3):
        print(i, end=" ")
    print()


class Base:
    def __init__(self):
        self.count = 0

    def bump(self):
        self.count += 1
        return self.kind()


class A(Base):
    def kind(self):
        return "A"


class B(Base):
    def kind(self):
        return "B"


class C(Base):
    def kind(self):
        return "C"


class D(Base):
    def kind(self):
        return "D"


class E(Base):
    def kind(self):
        return "E"


def polymorphic():
    objs = [A(), B(), C(), D(), E()]
    seen = []
    for rnd in range(3):
        for o in objs:
            seen.append(o.bump())
        if rnd == 1:
            C.kind = lambda self: "c!"
            objs[0].kind = lambda: "shadow"
    print("".join(seen), [o.count for o in objs])
    del objs[0].count
    try:
        objs[0].bump()
    except AttributeError as e:
        print("AttributeError:", e)


slices()
swaps()
numbers()
iteration()
polymorphic()

"""`str % x` and `str + str` with every kind of right operand: tuples, one value, lists
and dicts (mappings), tuple and dict subclasses, instances with `__rmod__`/`__radd__`
(asked first when they subclass str), and the errors for missing or extra arguments."""


class R:
    def __rmod__(self, other):
        return "R.__rmod__(%r)" % other

    def __radd__(self, other):
        return "R.__radd__(%r)" % other

    def __str__(self):
        return "R()"


class S(str):
    def __rmod__(self, other):
        return "S.__rmod__"

    def __radd__(self, other):
        return "S.__radd__"


class T(tuple):
    pass


class D(dict):
    pass


cases = [
    lambda: "%s-%s" % ("a", "b"),
    lambda: "%s" % "x",
    lambda: "%s" % 5,
    lambda: "%d items" % 3,
    lambda: "%s" % [1, 2],
    lambda: "%s" % (),
    lambda: "%(a)s/%(b)d" % {"a": "A", "b": 2},
    lambda: "%s" % {"k": 1},
    lambda: "%s|%s" % T(("t", "u")),
    lambda: "%(x)s" % D(x="dx"),
    lambda: "%s" % R(),
    lambda: "plain" % R(),
    lambda: "%s" % S("s"),
    lambda: "a" + "b",
    lambda: "a" + S("b"),
    lambda: "a" + R(),
    lambda: "%s %s" % ("only",),
    lambda: "%s" % ("a", "b"),
    lambda: "no format" % "x",
    lambda: "%d" % "x",
    lambda: "a" + 1,
    lambda: "%s" % None,
    lambda: "%r %a" % ("é", "é"),
]
for c in cases:
    try:
        print(repr(c()))
    except TypeError as e:
        print("TypeError", e)


class BS(bytes):
    def __rmod__(self, other):
        return "BS.__rmod__"


for c in (lambda: b"%s" % R(), lambda: b"x" % R(), lambda: b"%s" % BS(b"q"),
          lambda: bytearray(b"%s") % R(), lambda: b"%s-%d" % (b"a", 2), lambda: b"%s" % b"one"):
    try:
        print(repr(c()))
    except TypeError as e:
        print("TypeError", e)


class BS2(bytes):
    pass


class BA2(bytearray):
    pass


class BM(bytes):
    def __mod__(self, o):
        return "BM.__mod__"


for c in (lambda: BS2(b"%s") % R(), lambda: BA2(b"%s") % R(), lambda: BM(b"%s") % R(),
          lambda: BS2(b"%s") % b"x", lambda: type(BS2(b"%s") % b"x").__name__,
          lambda: type(BA2(b"%s") % b"x").__name__):
    try:
        print(repr(c()))
    except TypeError as e:
        print("TypeError", e)

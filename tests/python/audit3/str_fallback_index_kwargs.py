import operator


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class BadRepr:
    def __repr__(self):
        return 5


t(lambda: repr(BadRepr()))
t(lambda: str(BadRepr()))
t(lambda: "%s" % BadRepr())


class GoodRepr:
    def __repr__(self):
        return "good"


t(lambda: str(GoodRepr()))


class BadIdx:
    def __index__(self):
        return "x"


class Idx:
    def __index__(self):
        return 7


t(lambda: operator.index(BadIdx()))
t(lambda: operator.index(Idx()))


def bad():
    class D:
        pass

    class E(D, flavour=1):
        pass


t(bad)
t(lambda: NameError("m", name="q").name)
t(lambda: NameError("m", obj=1))
t(lambda: (AttributeError("m", name="n", obj=5).name, AttributeError("m", name="n", obj=5).obj))
t(lambda: ValueError("m", name="n"))

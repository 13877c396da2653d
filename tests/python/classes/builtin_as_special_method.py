# Builtin functions and builtin types' methods put in a class as its special methods:
# CPython calls a builtin function or a bound builtin method without the instance (they
# are no descriptors), a method of another builtin type raises its descriptor error,
# and object's own methods behave as the default slots.


def t(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class Len:
    __len__ = len


class Upper:
    __getitem__ = str.upper


class Contains:
    __contains__ = dict.__contains__


class Bound:
    __len__ = [1, 2, 3].__len__
    __getitem__ = {"k": "v"}.__getitem__
    __contains__ = {1, 2}.__contains__
    __call__ = "x-{}".format


class Printer:
    __call__ = print


class Defaults:
    __repr__ = object.__repr__
    __hash__ = object.__hash__

    def __eq__(self, other):
        return False


t("len(Len())", lambda: len(Len()))
t("Upper()['x']", lambda: Upper()["x"])
t("'a' in Contains()", lambda: "a" in Contains())
t("len(Bound())", lambda: len(Bound()))
t("Bound()['k']", lambda: Bound()["k"])
t("2 in Bound()", lambda: 2 in Bound())
t("5 in Bound()", lambda: 5 in Bound())
t("Bound()(7)", lambda: Bound()(7))
t("Printer()('hello')", lambda: Printer()("hello"))
d = Defaults()
t("repr(Defaults())", lambda: repr(d).startswith("<__main__.Defaults object at 0x"))
t("hash(Defaults())", lambda: hash(d) == object.__hash__(d))
t("Defaults() in {d}", lambda: d in {d})


class MyDict(dict):
    pass


class MyStr(str):
    __getitem__ = str.__getitem__


md = MyDict(a=1)
t("MyDict", lambda: (md["a"], "a" in md, len(md)))
t("MyStr", lambda: (MyStr("abc")[1], len(MyStr("abc"))))

# MultiValueDict.get and QueryDict.get: the last value of a key's list, the default for
# a missing key, an empty list or a value equal to [], odd values stored with setlist or
# dict's own methods, keyword calls, wrong calls, subclasses and a patched __getitem__
# (metal answers most natively and the rest in Python; both as Django 5.2).
from django.conf import settings

settings.configure(DEBUG=False, SECRET_KEY="x", INSTALLED_APPS=[])
import django

django.setup()

from django.http import QueryDict
from django.utils.datastructures import MultiValueDict


def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "-> %s: %s" % (type(e).__name__, e))


class Loud:
    def __eq__(self, other):
        print("  Loud.__eq__", other)
        return other == []

    def __repr__(self):
        return "Loud()"


class Key(str):
    def __hash__(self):
        print("  Key.__hash__")
        return str.__hash__(self)


q = QueryDict("a=1&a=2&b=&c&d=%C3%A9")
for key in ["a", "b", "c", "d", "missing", Key("a")]:
    t("query %r" % (key,), lambda: q.get(key))
t("query default", lambda: q.get("missing", "dflt"))
t("query default keyword", lambda: q.get("missing", default="kw"))
t("query key keyword", lambda: q.get(key="a"))
t("query no key", lambda: q.get())
t("query three", lambda: q.get("a", 1, 2))
t("query unhashable", lambda: q.get(["a"]))

m = MultiValueDict({"list": ["x", "y"], "empty": []})
m.setlist("nested", [[]])
m.setlist("str", "abc")
m.setlist("emptystr", "")
m.setlist("dict", {})
m.setlist("tuple", ("p", "q"))
m.setlist("loud", [Loud()])
m.setlist("none", [None])
m.setlist("zero", [0])
for key in ["list", "empty", "nested", "str", "emptystr", "dict", "tuple", "loud", "none",
            "zero", "missing"]:
    t("multi %r" % key, lambda: m.get(key, "D"))


class Sub(MultiValueDict):
    def __getitem__(self, key):
        print("  Sub.__getitem__", key)
        return super().__getitem__(key)


s = Sub({"k": ["v"]})
t("subclass", lambda: s.get("k"))
t("subclass missing", lambda: s.get("nope", "d"))

original = MultiValueDict.__getitem__


def loud_getitem(self, key):
    print("  patched __getitem__", key)
    return original(self, key)


MultiValueDict.__getitem__ = loud_getitem
t("patched", lambda: q.get("a"))
t("patched missing", lambda: q.get("zz", "d"))
MultiValueDict.__getitem__ = original
t("restored", lambda: q.get("a"))

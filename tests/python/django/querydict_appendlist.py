# QueryDict built from a query string: repeated keys, blank values, and the
# appendlist/setlistdefault/setlist chain a subclass or a patch can change (each is
# called as Django calls it); IntegerField with a re_decimal of its own; CSRF token
# characters (expected output from Django 5.2).
from django.conf import settings

settings.configure(DEBUG=False, SECRET_KEY="x", INSTALLED_APPS=[])
import django

django.setup()

from django import forms
from django.http import QueryDict
from django.utils.datastructures import MultiValueDict

for qs in ["", "a=1", "a=1&b=2&a=3", "a=&a&=x&&b=%20+y", "k=%E2%82%AC&k=%ff"]:
    print(repr(qs), "->", sorted(QueryDict(qs).lists()))


class Logged(QueryDict):
    def appendlist(self, key, value):
        print("  appendlist", key, value)
        super().appendlist(key, value)


print("subclass ->", sorted(Logged("a=1&a=2").lists()))

original = MultiValueDict.setlist


def setlist(self, key, list_):
    print("  setlist", key, list_)
    original(self, key, list_)


MultiValueDict.setlist = setlist
print("patched setlist ->", sorted(QueryDict("x=1&y=2&x=3").lists()))
MultiValueDict.setlist = original
print("restored ->", sorted(QueryDict("x=1&y=2&x=3").lists()))
q = QueryDict("a=1")
try:
    q.appendlist("a", "2")
except AttributeError as e:
    print("immutable ->", e)


class Comma(forms.IntegerField):
    re_decimal = __import__("re").compile(r",\d*$")


class F(forms.Form):
    n = forms.IntegerField()
    c = Comma()


for n, c in [("1", "2"), ("3.0", "4,5"), (" 7 ", "8,"), ("1e3", "9"), ("1_000", "10,0"),
             ("5.", "x"), ("6.00 ", "11")]:
    f = F({"n": n, "c": c})
    print((n, c), "->", f.is_valid(), f.cleaned_data if f.is_valid() else dict(f.errors))

from django.middleware.csrf import InvalidTokenFormat, _check_token_format


class S(str):
    pass


for token in ["a" * 32, "Z9" * 32, "\u00e9" * 32, "\u0661" * 32, "a" * 31 + "!", "a" * 31 + " ",
              S("b" * 32), S("b" * 31 + "-"), "a" * 33]:
    try:
        _check_token_format(token)
        print(repr(token[:3]), len(token), "-> ok")
    except InvalidTokenFormat as e:
        print(repr(token[:3]), len(token), "->", e.reason)


class Mixin(dict):
    def __getitem__(self, key):
        print("  Mixin.__getitem__", key)
        return super().__getitem__(key)


class Mixed(MultiValueDict, Mixin):
    pass


m = Mixed({"a": ["1", "2"], "e": []})
print("mixed get ->", m.get("a"), m.get("e", "dflt"), m.get("zz", "none"))
try:
    m["zz"]
except KeyError as e:
    print("mixed missing ->", type(e).__name__, e)
q = QueryDict("a=1&a=2&b=")
print("get ->", q.get("a"), repr(q.get("b")), q.get("zz", "d"), q["a"])
d = MultiValueDict({"e": [], "x": ["v"], "s": "str"})
print("plain get ->", d.get("e", "dflt"), d.get("x"), d.get("s"), repr(d["e"]))
original = MultiValueDict.__getitem__
MultiValueDict.__getitem__ = lambda self, key: "patched:" + key
print("patched __getitem__ ->", q.get("a"), d.get("x"))
MultiValueDict.__getitem__ = original
print("restored ->", q.get("a"), d.get("x"))
m = MultiValueDict({"d": {}, "i": 5})
print("dict value ->", m.get("d", "D"))
try:
    m.get("i", "I")
except Exception as e:
    print("int value ->", type(e).__name__, e)
q = QueryDict("a=1", mutable=True)
dict.__setitem__(q, "e", {})
print("QueryDict dict value ->", q.get("e", "E"))

# QueryDict(query_string, mutable, encoding) (native in metal for an exact QueryDict in
# UTF-8, Python otherwise): str and bytes query strings, undecodable bytes, blank and
# repeated keys, escapes, keywords and positional arguments, other encodings, the
# DATA_UPLOAD_MAX_NUMBER_FIELDS limit, wrong calls, subclasses, patched methods and
# globals, and __init__ called again. Django 5.2 is the oracle.
from django.conf import settings

settings.configure(DEBUG=False, SECRET_KEY="x", INSTALLED_APPS=[],
                   DATA_UPLOAD_MAX_NUMBER_FIELDS=5)
import django

django.setup()

from django.http import QueryDict
from django.http import request as request_module
from django.utils.datastructures import MultiValueDict


def t(label, f):
    try:
        q = f()
        print(label, "->", sorted(q.lists()), repr(q.encoding), q._mutable, type(q).__name__)
    except Exception as e:
        print(label, "-> %s: %s" % (type(e).__name__, e))
        if e.__cause__ is not None:
            print("   caused by %s: %s" % (type(e.__cause__).__name__, e.__cause__))


t("none", lambda: QueryDict())
t("empty str", lambda: QueryDict(""))
t("empty bytes", lambda: QueryDict(b""))
t("str", lambda: QueryDict("a=1&a=2&b=&c&=x&&d=%C3%A9+f&e=%zz%4"))
t("bytes", lambda: QueryDict(b"a=1&b=caf\xc3\xa9"))
t("latin-1 bytes", lambda: QueryDict(b"a=caf\xe9&b=\xff"))
t("mutable kw", lambda: QueryDict("a=1", mutable=True))
t("mutable pos", lambda: QueryDict("a=1", True))
t("mutable truthy", lambda: QueryDict("a=1", 1))
t("all kw", lambda: QueryDict(encoding="utf-8", mutable=False, query_string="k=v"))
t("encoding pos", lambda: QueryDict("a=1", False, "utf-8"))
t("latin-1 encoding", lambda: QueryDict(b"a=caf\xe9", encoding="latin-1"))
t("latin-1 str", lambda: QueryDict("a=caf%E9", encoding="iso-8859-1"))
t("encoding None", lambda: QueryDict("a=1", encoding=None))
t("five fields", lambda: QueryDict("a=1&b=2&c=3&d=4&e=5"))
t("six fields", lambda: QueryDict("a=1&b=2&c=3&d=4&e=5&f=6"))
t("six fields bytes", lambda: QueryDict(b"&&&&&"))
t("int", lambda: QueryDict(5))
t("zero", lambda: QueryDict(0))
t("list", lambda: QueryDict(["a=1"]))
t("too many args", lambda: QueryDict("a", False, None, 1))
t("unknown kw", lambda: QueryDict("a", foo=1))
t("twice", lambda: QueryDict("a", query_string="b"))


class Str(str):
    pass


t("str subclass", lambda: QueryDict(Str("a=1")))


class Sub(QueryDict):
    def appendlist(self, key, value):
        print("  Sub.appendlist", key, value)
        super().appendlist(key, value)


t("subclass", lambda: Sub("a=1&a=2"))

q = QueryDict("a=1", mutable=True)
q.__init__("b=2&a=3")
print("again", sorted(q.lists()), q._mutable)
q = QueryDict("a=1", mutable=True)
dict.__setitem__(q, "n", None)
try:
    q.__init__("n=5")
except AttributeError as e:
    print("again over None: AttributeError:", e)
print(QueryDict("a=1").__dict__)
settings.DEFAULT_CHARSET = "latin-1"
t("latin-1 default charset", lambda: QueryDict(b"a=caf\xe9"))
settings.DEFAULT_CHARSET = "utf-8"

settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = None
t("no limit", lambda: QueryDict("&".join("k%d=%d" % (i, i) for i in range(8))))
settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 2.5
t("float limit", lambda: QueryDict("a=1&b=2&c=3"))
t("float limit ok", lambda: QueryDict("a=1&b=2"))
settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 1000

old = QueryDict.appendlist
QueryDict.appendlist = lambda self, k, v: print("  patched appendlist", k, v) or old(self, k, v)
t("patched appendlist", lambda: QueryDict("x=1"))
QueryDict.appendlist = old
old_parse = request_module.parse_qsl
request_module.parse_qsl = lambda qs, **kw: print("  patched parse_qsl", repr(qs), sorted(kw)) or [("p", "q")]
t("patched parse_qsl", lambda: QueryDict("x=1"))
request_module.parse_qsl = old_parse
t("restored", lambda: QueryDict("x=1"))
print(QueryDict.__init__.__name__, QueryDict("a=1&a=2").getlist("a"), QueryDict("a=1")["a"])
try:
    QueryDict("a=1")["b"] = 1
except AttributeError as e:
    print("AttributeError:", e)

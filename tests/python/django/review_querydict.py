# Review: QueryDict as views and templates use it for pagination links:
#   q = request.GET.copy(); q["page"] = 2; q.urlencode()
# Django's urlencode() str()s each value; ours calls value.encode() and raises
# AttributeError for an int. copy.copy() of an immutable QueryDict is a mutable copy
# in Django (QueryDict.__copy__); ours keeps it immutable.
import copy

from django.conf import settings

settings.configure(DEBUG=False, SECRET_KEY="x", INSTALLED_APPS=[])
import django

django.setup()

from django.http import QueryDict


def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "-> %s: %s" % (type(e).__name__, e))


q = QueryDict("sort=name&tag=a&tag=b").copy()
q["page"] = 2
t("urlencode with an int value", q.urlencode)
q.setlist("ids", [1, 2])
t("urlencode with int list", q.urlencode)
t("urlencode(safe='/') with int", lambda: q.urlencode(safe="/"))


def copy_and_set():
    c = copy.copy(QueryDict("a=1"))
    c["b"] = "2"
    return sorted(c.lists())


t("copy.copy is mutable", copy_and_set)

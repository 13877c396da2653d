# ErrorDict.__init__ (which skips dict's __init__ when it has nothing to add, for an
# exact ErrorDict): a subclass with a dict subclass after it in the MRO still has that
# class's __init__ called; positional and keyword items; Django 5.2 is the oracle.
from django.conf import settings
settings.configure(DEBUG=False, SECRET_KEY="x", INSTALLED_APPS=[])
import django
django.setup()
from django.forms.utils import ErrorDict

class D(dict):
    def __init__(self, *a, **k):
        print("D.__init__", a, k)
        super().__init__(*a, **k)

class E(ErrorDict, D):
    pass

e = E(renderer=None)
print(type(e).__mro__[1:3], dict(e))
e2 = ErrorDict({"a": 1}, renderer=None)
print(dict(e2), ErrorDict(b=2), dict(ErrorDict()))

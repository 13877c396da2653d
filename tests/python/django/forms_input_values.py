# The value an input draws: bound data or initial (a disabled field keeps its
# initial), prepare_value and format_value overridden on a class or an instance, values
# that are not str (ints, safe strings, objects with __str__), empty strings (expected
# output from real Django 5.2).
from django.conf import settings

settings.configure(DEBUG=False, SECRET_KEY="x", USE_I18N=False, INSTALLED_APPS=[])

import django

django.setup()

from django import forms
from django.utils.safestring import mark_safe


class Obj:
    def __str__(self):
        return "<obj & co>"


class Upper(forms.CharField):
    def prepare_value(self, value):
        return value.upper() if isinstance(value, str) else value


class Stars(forms.TextInput):
    def format_value(self, value):
        return "*" * len(str(value or ""))


class F(forms.Form):
    a = forms.CharField(initial="init-a")
    b = forms.CharField(initial="init-b", disabled=True)
    c = Upper(initial="init-c")
    d = forms.CharField(widget=Stars(), initial="abc")
    e = forms.IntegerField(initial=7)
    f = forms.CharField(initial=mark_safe("<i>safe</i>"))
    g = forms.CharField(initial=Obj())
    h = forms.CharField(initial="")


print(F())
print(F({"a": "data <a>", "b": "data-b", "c": "data-c", "d": "xy", "e": "12", "f": "", "g": "g", "h": "h"}))
f = F({"a": "1"})
f.fields["a"].widget.format_value = lambda value: "instance-formatted"
f.fields["e"].prepare_value = lambda value: "instance-prepared"
print(f)

# {{ form }} decides hidden fields by widget.is_hidden: Widget's property (input_type
# == "hidden") or a subclass's override, a widget without input_type, an input_type
# changed on the instance or the class, and an input_type that is not a str (expected
# output from real Django 5.2).
from django.conf import settings

settings.configure(DEBUG=False, SECRET_KEY="x", USE_I18N=False, INSTALLED_APPS=[])

import django

django.setup()

from django import forms


class Odd:
    def __eq__(self, other):
        print("Odd.__eq__", other)
        return "yes"

    def __str__(self):
        return "odd"


class AlwaysHidden(forms.TextInput):
    @property
    def is_hidden(self):
        return True


class F(forms.Form):
    a = forms.CharField()
    b = forms.CharField(widget=forms.HiddenInput())
    c = forms.CharField(widget=AlwaysHidden())
    d = forms.IntegerField()


print(F())
f = F()
f.fields["a"].widget.input_type = "hidden"
print(f)
f = F()
f.fields["b"].widget.__class__ = type("NoType", (forms.Widget,), {"template_name": "django/forms/widgets/text.html"})
try:
    print(f)
except Exception as e:
    print(type(e).__name__, e)
f = F()
f.fields["d"].widget.input_type = Odd()
print(f)
forms.NumberInput.input_type = "hidden"
print(F())
forms.NumberInput.input_type = "number"
print(F())


class Sneaky(forms.TextInput):
    def __getattribute__(self, name):
        if name == "is_hidden":
            return True
        return super().__getattribute__(name)


class H(forms.Form):
    a = forms.CharField(widget=Sneaky())
    b = forms.CharField()


print(H())

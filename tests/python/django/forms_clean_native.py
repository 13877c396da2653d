# BaseForm._clean_fields (native in metal for the common cases, Python for the rest):
# IntegerField's cleaning of good, odd and bad input, required and optional fields,
# min/max validators, disabled fields, clean_<name> hooks (raising too), CharField and
# other fields, subclasses of IntegerField and BoundField, patched methods of the
# field, the widget and the form, an instance attribute in place of a method, odd data
# objects, a form iterating fields it changes, and the errors' context. Django 5.2 is
# the oracle.
from django.conf import settings

settings.configure(DEBUG=False, SECRET_KEY="x", INSTALLED_APPS=[])
import django

django.setup()

from django import forms
from django.core.exceptions import ValidationError
from django.forms import boundfield
from django.http import QueryDict


class AddForm(forms.Form):
    number1 = forms.IntegerField()
    number2 = forms.IntegerField()


def show(label, form):
    try:
        valid = form.is_valid()
    except Exception as e:
        print(label, "-> %s: %s" % (type(e).__name__, e))
        return
    data = getattr(form, "cleaned_data", None)
    print(label, "valid" if valid else "invalid", data if data is None else sorted(data.items(), key=repr))
    for name, errors in sorted(form.errors.items()):
        for e in errors.as_data():
            print("   ", name, repr(e.code), list(e.messages), type(e.__context__).__name__)


for a, b in [("1", "2"), (" 3 ", "4.0"), ("1_000", "-7"), ("1e3", "x"), ("", "5"),
             ("99999999999999999999", "1"), ("٣", "2"), ("3.", "4.000 "), ("3.5", "0"),
             ("\t8\n", "9")]:
    show("add %r %r" % (a, b), AddForm(QueryDict(mutable=True) | {"number1": a, "number2": b}))
show("missing", AddForm(QueryDict("number1=4")))
show("plain dict data", AddForm({"number1": "10", "number2": "20"}))
show("list values", AddForm({"number1": ["10"], "number2": 3}))
show("unbound", AddForm())


class Optional(forms.Form):
    a = forms.IntegerField(required=False)
    b = forms.IntegerField(min_value=10, max_value=20)
    c = forms.IntegerField(disabled=True, initial=7)
    d = forms.CharField(max_length=3)
    e = forms.CharField(required=False, strip=False)


for data in [{"a": "", "b": "15", "d": " ab ", "e": " x "},
             {"a": "1", "b": "5", "c": "99", "d": "abcd"},
             {"b": "25", "d": "a\x00"}]:
    show("optional %r" % (data,), Optional(data))


class Hooked(AddForm):
    def clean_number1(self):
        print("  clean_number1 sees", self.cleaned_data)
        return self.cleaned_data["number1"] * 10

    def clean_number2(self):
        raise ValidationError("no %(v)s", code="nope", params={"v": self.cleaned_data["number2"]})


show("hooked", Hooked({"number1": "2", "number2": "3"}))


class MyInt(forms.IntegerField):
    def to_python(self, value):
        print("  MyInt.to_python", repr(value))
        return super().to_python(value)


class Sub(forms.Form):
    n = MyInt()
    m = forms.IntegerField()


show("subclass field", Sub({"n": "4", "m": "x"}))

f = AddForm({"number1": "5", "number2": "6"})
f.fields["number1"].clean = lambda value: print("  instance clean", repr(value)) or 42
show("instance clean", f)
f = AddForm({"number1": "5", "number2": "6"})
f.fields["number2"].empty_values = ["6"]
show("instance empty_values", f)
f = AddForm({"number1": "5", "number2": "6"})
f.fields["number2"].validators = [lambda v: print("  validator", v)]
show("instance validators", f)
f = AddForm({"number1": "5", "number2": "6"})
f.fields["number2"].widget.value_from_datadict = lambda data, files, name: "77"
show("widget instance method", f)
f = AddForm({"number1": "5", "number2": "6"})
f._widget_data_value = lambda widget, name: "88"
show("form instance method", f)


class Data(dict):
    def get(self, key, default=None):
        print("  Data.get", key)
        return dict.get(self, key, default)


show("data with get", AddForm(Data(number1="1", number2="2")))


class LoudBound(boundfield.BoundField):
    @property
    def data(self):
        print("  LoudBound.data", self.name)
        return "12"


class LoudField(forms.IntegerField):
    def get_bound_field(self, form, field_name):
        return LoudBound(form, self, field_name)


class LoudForm(forms.Form):
    x = LoudField()


show("boundfield subclass", LoudForm({"x": "1"}))


class Getitem(AddForm):
    def __getitem__(self, name):
        print("  Getitem", name)
        return super().__getitem__(name)


show("form __getitem__", Getitem({"number1": "1", "number2": "2"}))


class Mutating(AddForm):
    def clean_number1(self):
        self.fields["extra"] = forms.IntegerField()
        return 1


show("fields changed while cleaning", Mutating({"number1": "1", "number2": "2"}))


class Raising(AddForm):
    def clean_number1(self):
        raise KeyError("boom")


show("hook raising KeyError", Raising({"number1": "1", "number2": "2"}))

# Patched methods on the classes (restored after each).
for cls, name, repl in [
    (forms.IntegerField, "to_python", lambda self, v: print("  patched to_python", repr(v)) or 3),
    (forms.Field, "validate", lambda self, v: print("  patched validate", v)),
    (forms.Field, "run_validators", lambda self, v: print("  patched run_validators", v)),
    (forms.Field, "clean", lambda self, v: print("  patched clean", repr(v)) or -1),
    (forms.Field, "to_python", lambda self, v: print("  patched Field.to_python", repr(v)) or "5"),
    (forms.widgets.Widget, "value_from_datadict", lambda self, d, f, n: print("  patched vfd", n) or "6"),
    (boundfield.BoundField, "data", property(lambda self: print("  patched data", self.name) or "7")),
    (forms.BaseForm, "_widget_data_value", lambda self, w, n: print("  patched wdv", n) or "8"),
    (forms.BaseForm, "add_error", lambda self, f, e: print("  patched add_error", f, e.messages)),
]:
    old = cls.__dict__[name]
    setattr(cls, name, repl)
    try:
        show("patched %s.%s" % (cls.__name__, name), AddForm({"number1": "1", "number2": "y"}))
    finally:
        setattr(cls, name, old)
show("after restoring", AddForm({"number1": "1", "number2": "y"}))

# An error raised while another is being handled chains to it.
try:
    raise OSError("outer")
except OSError:
    f = AddForm({"number1": "", "number2": "z"})
    f.is_valid()
    for name, errors in sorted(f.errors.items()):
        e = errors.as_data()[0]
        ctx = e.__context__
        print("context", name, type(ctx).__name__, type(ctx.__context__).__name__ if ctx else None)

# The method itself: called on its own, with wrong arguments.
f = AddForm({"number1": "1", "number2": "2"})
f.cleaned_data = {}
f._errors = {}
print(f._clean_fields(), f.cleaned_data)
try:
    f._clean_fields(1)
except TypeError as e:
    print("TypeError:", e)
print(forms.BaseForm._clean_fields.__name__)


# A clean_<name> method that patches what the loop short-cuts: the next field sees it.
class Patcher(AddForm):
    def clean_number1(self):
        forms.IntegerField.to_python = lambda self, v: print("  patched mid-loop", repr(v)) or 100
        type(self).__getitem__ = lambda self, name: print("  getitem mid-loop", name) or forms.BaseForm.__getitem__(self, name)
        return 1


old_to_python = forms.IntegerField.__dict__["to_python"]
try:
    show("patched while cleaning", Patcher({"number1": "1", "number2": "2"}))
finally:
    forms.IntegerField.to_python = old_to_python
    del Patcher.__getitem__
show("after that", AddForm({"number1": "1", "number2": "x"}))

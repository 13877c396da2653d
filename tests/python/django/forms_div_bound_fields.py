# `{{ form }}` where the native renderer builds the BoundFields and reads their
# auto_id, initial and css_classes itself: every input those depend on, and forms and
# classes that change one of the methods it stands in for (expected output from real
# Django 5.2).
from django.conf import settings

settings.configure(
    DEBUG=False, SECRET_KEY="x", USE_I18N=False, INSTALLED_APPS=[],
    TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates", "DIRS": [],
                "APP_DIRS": False,
                "OPTIONS": {"loaders": [("django.template.loaders.locmem.Loader", {})]}}],
)
import django

django.setup()

from django import forms
from django.forms import boundfield


def show(title, form):
    print("==", title)
    print(form)


calls = []


def initial_now():
    calls.append("called")
    return 41


class F(forms.Form):
    first_name = forms.CharField()
    n = forms.IntegerField(initial=initial_now, required=False)
    note = forms.CharField(label=None, initial="from field", required=False)


show("plain", F())
print(calls)
show("form initial wins", F(initial={"note": "from form", "n": lambda: 5}))
show("prefix", F(prefix="pre"))
show("auto_id off", F(auto_id=False))
show("auto_id without %s", F(auto_id="plain"))
show("auto_id with prefix", F(auto_id="x_%s_y", prefix="p"))
f = F()
before = f["first_name"]
str(f)
print("same BoundField:", f["first_name"] is before, f["n"] is f["n"])
print("initial:", f["n"].initial, f["note"].initial, f["first_name"].auto_id)
print("html names:", f["n"].html_name, f["n"].html_initial_name, f["n"].html_initial_id)
print("labels:", f["first_name"].label, repr(f["note"].label), f["n"].help_text == "")


class Classy(forms.Form):
    error_css_class = "bad"
    required_css_class = "needed"
    a = forms.IntegerField()
    b = forms.IntegerField(required=False)


show("css classes, invalid", Classy({"a": "x", "b": "y"}))
show("css classes, valid", Classy({"a": "1"}))


class SameClass(forms.Form):
    error_css_class = "same"
    required_css_class = "same"
    a = forms.IntegerField()


show("one class named twice", SameClass({"a": "z"}))


class Prefixed(forms.Form):
    a = forms.CharField()

    def add_prefix(self, field_name):
        return "custom-" + field_name

    def get_initial_for_field(self, field, field_name):
        return "initial of " + field_name


show("add_prefix and get_initial_for_field overridden", Prefixed())

original_pretty = boundfield.pretty_name
boundfield.pretty_name = lambda name: "Pretty " + name
show("pretty_name patched", F())
boundfield.pretty_name = original_pretty

original_css = boundfield.BoundField.css_classes
boundfield.BoundField.css_classes = lambda self, extra_classes=None: "patched"
show("css_classes patched", Classy({"a": "x"}))
boundfield.BoundField.css_classes = original_css

original_initial = boundfield.BoundField.initial
boundfield.BoundField.initial = property(lambda self: "patched initial")
show("initial patched", F())
boundfield.BoundField.initial = original_initial

original_auto_id = boundfield.BoundField.auto_id
boundfield.BoundField.auto_id = property(lambda self: "auto_" + self.name)
show("auto_id patched", F())
boundfield.BoundField.auto_id = original_auto_id
show("all restored", F(prefix="r"))
bad = Classy({"a": "x"})
print(bad["a"].css_classes(), "|", bad["a"].css_classes("extra more bad"), "|",
      bad["b"].css_classes(["x", "x"]))
print(bad.as_p())

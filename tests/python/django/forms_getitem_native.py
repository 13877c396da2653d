# form[name] (made natively when the classes are Django's own): the BoundField's
# attributes in BoundField.__init__'s order and values, labels from pretty_name for
# ASCII and other names, the cache, KeyError for unknown names, and classes or modules
# that change what __getitem__ does (expected output from real Django 5.2).
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


class F(forms.Form):
    number1 = forms.IntegerField()
    first_name = forms.CharField(label="Given name", help_text="yours")
    ALL_CAPS_x = forms.CharField(required=False)
    _private = forms.CharField(required=False)
    été_ünï = forms.CharField(required=False)
    ß_x = forms.CharField(required=False)


PUBLIC = ("name", "html_name", "html_initial_name", "html_initial_id", "label", "help_text")


def show(bf):
    d = {k: getattr(bf, k) for k in PUBLIC}
    print(type(bf).__name__, d, bf.renderer is bf.form.renderer, bf.form is not None,
          bf.field is bf.form.fields[bf.name])


f = F(prefix="p", auto_id="f_%s", initial={"number1": 5})
for name in f.fields:
    show(f[name])
print(f["number1"] is f["number1"], sorted(f._bound_fields_cache))
try:
    f["missing"]
except KeyError as e:
    print("KeyError", e)
g = F({"number1": " 7 ", "first_name": "Ann"}, auto_id=False)
print(g.is_valid(), g.cleaned_data["number1"], g["number1"].auto_id, g["number1"].data)
show(g["first_name"])
h = F(auto_id="plain")
print(h["number1"].auto_id, h["number1"].html_initial_id, h["number1"].label)


class MyBF(boundfield.BoundField):
    pass


class MyField(forms.IntegerField):
    def get_bound_field(self, form, field_name):
        return MyBF(form, self, field_name)


class G(forms.Form):
    a_b = MyField()
    c_d = forms.IntegerField()


gg = G()
show(gg["a_b"])
show(gg["c_d"])


class H(forms.Form):
    x_y = forms.IntegerField()

    def add_prefix(self, field_name):
        return "pre-" + field_name


show(H()["x_y"])
original = boundfield.pretty_name
boundfield.pretty_name = lambda name: "patched " + name
show(F()["number1"])
boundfield.pretty_name = original
show(F()["number1"])
k = F()
k.fields = dict(k.fields)
k.fields["extra_one"] = forms.CharField()
show(k["extra_one"])
print(str(F(auto_id="id_%s")["first_name"].label_tag()))

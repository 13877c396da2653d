# ErrorDict and ErrorList take the default form renderer when given none (as
# Django 5.2's do), keep a given one, and a form's errors carry the form's renderer
# (expected output from real Django 5.2).
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
from django.forms.renderers import DjangoTemplates, get_default_renderer
from django.forms.utils import ErrorDict, ErrorList

default = get_default_renderer()
print(type(ErrorList().renderer).__name__, ErrorList().renderer is default)
print(type(ErrorDict().renderer).__name__, ErrorDict().renderer is default)
mine = DjangoTemplates()
print(ErrorList(renderer=mine).renderer is mine, ErrorDict(renderer=mine).renderer is mine)
print(ErrorList(["a"], error_class="x").error_class, ErrorList(["a"]).field_id)
d = ErrorDict({"f": ErrorList(["bad"])}, renderer=mine)
print(sorted(d), d.renderer is mine)
d2 = ErrorDict(a=1)
print(dict(d2), d2.renderer is default)


class F(forms.Form):
    n = forms.IntegerField()


f = F({"n": "x"})
print(f.is_valid(), f.errors.renderer is f.renderer, f.errors["n"].renderer is f.renderer)
print(f.errors["n"].as_text())
print(F().errors.renderer is default)
g = F({"n": "x"}, renderer=mine)
print(g.is_valid(), g.errors.renderer is mine, g.errors["n"].renderer is mine)
print(str(g.errors["n"]))

# Review: ChoiceField choices as Django 5.x accepts them. Since 5.0 choices may be a
# mapping ({value: label}, or {group: {value: label}}) and a callable is not called
# once at class definition but each time the choices are used (so each new form sees
# fresh choices, e.g. from a database). Ours takes list(choices): a dict crashes with
# "not enough values to unpack", and a callable's first result is kept forever.
from django.conf import settings

settings.configure(DEBUG=False, SECRET_KEY="x", INSTALLED_APPS=[], USE_I18N=False)
import django

django.setup()

from django import forms


def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "-> %s: %s" % (type(e).__name__, e))


class Colour(forms.Form):
    colour = forms.ChoiceField(choices={"r": "Red", "g": "Green"})
    size = forms.ChoiceField(choices={"Small": {"xs": "XS", "s": "S"}, "l": "Large"})


t("dict choices, rendered", lambda: str(Colour()["colour"]))
t("nested dict choices, rendered", lambda: str(Colour()["size"]))
t("dict choices, valid", lambda: Colour({"colour": "g", "size": "s"}).is_valid())
t("dict choices, invalid", lambda: Colour({"colour": "x", "size": "xs"}).errors.get("colour"))

VERSIONS = ["v1"]


def current_choices():
    return [(v, "Version %s" % v) for v in VERSIONS]


class Dynamic(forms.Form):
    version = forms.ChoiceField(choices=current_choices)


t("callable choices, first form", lambda: list(Dynamic().fields["version"].choices))
VERSIONS.append("v2")
t("callable choices, after adding v2", lambda: list(Dynamic().fields["version"].choices))
t("callable choices, rendered", lambda: str(Dynamic()["version"]))
t("callable choices, v2 valid", lambda: Dynamic({"version": "v2"}).is_valid())

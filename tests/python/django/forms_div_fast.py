# `{{ form }}` (the div layout) in every configuration the one-pass renderer
# (django/forms/_fast.py) handles or hands back: labels and suffixes, auto_id,
# prefixes, CSS classes, help text, errors with aria attributes, initial values,
# disabled/hidden/password/custom inputs, widgets drawn by their own templates,
# non-field and hidden-field errors, and classes that override what it skips
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
from django.core.exceptions import ValidationError
from django.utils.safestring import mark_safe


def show(title, form):
    print("==", title)
    html = str(form)
    print(html)
    print(type(html).__name__, html == form.as_div())


class Plain(forms.Form):
    a = forms.IntegerField()
    b = forms.IntegerField(label="Second number?")
    c = forms.CharField(label="", required=False)
    d = forms.CharField(label="Tom & <Jerry>", label_suffix=" ->", max_length=5,
                        min_length=2, help_text="Short <b>help</b>")
    e = forms.IntegerField(min_value=-3, max_value=30, initial=7)


show("unbound", Plain())
show("auto_id off", Plain(auto_id=False))
show("auto_id pattern", Plain(auto_id="f_%s_x"))
show("auto_id plain", Plain(auto_id="x"))
show("prefix", Plain(prefix="p"))
show("label_suffix", Plain(label_suffix="!"))
show("no suffix", Plain(label_suffix=""))
show("bound ok", Plain({"a": "1", "b": " 2 ", "d": "abc", "e": "3"}))
show("bound errors", Plain({"a": "x", "b": "", "d": "a<b", "e": "99"}))
show("bound no required attr", Plain({"a": "1"}, use_required_attribute=False))
show("initial", Plain(initial={"a": 5, "c": lambda: "called", "d": "<i>"}))


class Styled(forms.Form):
    required_css_class = "req"
    error_css_class = "err"
    x = forms.IntegerField(help_text=mark_safe("<em>safe</em>"))
    y = forms.CharField(required=False, widget=forms.TextInput(attrs={"id": "custom",
                                                                      "class": "w"}))
    z = forms.CharField(widget=forms.TextInput(attrs={"aria-describedby": "elsewhere"}),
                        help_text="h")


show("styled unbound", Styled())
show("styled errors", Styled({"x": "no", "y": "", "z": ""}))


class Kinds(forms.Form):
    hidden = forms.CharField(widget=forms.HiddenInput, initial="h&v")
    pw = forms.CharField(widget=forms.PasswordInput, required=False)
    pw2 = forms.CharField(widget=forms.PasswordInput(render_value=True), required=False)
    frozen = forms.CharField(disabled=True, initial="ice", required=False)
    body = forms.CharField(widget=forms.Textarea, required=False)
    pick = forms.ChoiceField(choices=[("", "---"), ("a", "A"), ("b", "B")], required=False)
    ok = forms.BooleanField(required=False)
    shown = forms.CharField(show_hidden_initial=True, initial="s", required=False)
    local = forms.IntegerField(localize=True, required=False)
    email = forms.CharField(widget=forms.EmailInput, required=False)


show("kinds unbound", Kinds())
show("kinds bound", Kinds({"hidden": "", "pw": "p", "pw2": "q", "frozen": "changed",
                           "body": "b<", "pick": "b", "ok": "on", "shown": "t",
                           "local": "1"}))


class Tel(forms.TextInput):
    input_type = "tel"


class Upper(forms.TextInput):
    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["value"] = (value or "").upper() or None
        return context


class Custom(forms.Form):
    phone = forms.CharField(widget=Tel)
    shout = forms.CharField(widget=Upper, required=False, initial="quiet")

    def clean(self):
        data = super().clean()
        if data.get("phone") == "0":
            raise ValidationError("No zero & no <tags>.")
        return data


show("custom widgets", Custom())
show("non-field errors", Custom({"phone": "0", "shout": "x"}))


class HiddenErrors(forms.Form):
    token = forms.IntegerField(widget=forms.HiddenInput)


show("hidden field error only", HiddenErrors({"token": "x"}))
show("hidden field ok", HiddenErrors({"token": "3"}))
show("empty form", forms.Form())


class Classy(forms.Form):
    n = forms.IntegerField()

    def get_context(self):
        context = super().get_context()
        context["errors"] = ["(overridden)"]
        return context


show("get_context override", Classy())


class Late(forms.Form):
    n = forms.IntegerField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["n"].label = "Changed"
        self.fields["n"].widget.attrs["placeholder"] = "0"
        self.fields["m"] = forms.CharField(help_text="added")


show("fields changed in __init__", Late())
f = Late({"n": "1"})
f.add_error("m", "Bad m.")
show("add_error", f)


# Classes patched after they were first drawn: the next render sees the patch.
class Patched(forms.Form):
    a = forms.CharField(initial="FV")


class PatchedInput(forms.TextInput):
    pass


class PatchedWidget(forms.Form):
    a = forms.CharField(initial="FV", widget=PatchedInput)


show("before patching", Patched())
show("before patching widget", PatchedWidget())


def patched_context(self):
    context = forms.Form.get_context(self)
    context["errors"] = ["patched"]
    return context


Patched.get_context = patched_context
PatchedInput.build_attrs = lambda self, base, extra=None: {"x": "1"}
show("get_context patched", Patched())
show("build_attrs patched", PatchedWidget())


# A form's own error list class draws every field's list, empty ones included.
class DivErrors(forms.utils.ErrorList):
    def render(self, *args, **kwargs):
        return mark_safe('<div class="errs">%s</div>' % "".join(self))

    __str__ = __html__ = render


class Two(forms.Form):
    a = forms.IntegerField()
    b = forms.CharField()


show("error_class, one field wrong", Two({"a": "x", "b": "y"}, error_class=DivErrors))


# Widget attributes of every kind: numbers, None, safe strings, names to escape,
# True (bare) and False (left out).
class Attrs(forms.Form):
    a = forms.CharField(widget=forms.TextInput(attrs={
        "data-n": 1.5, "data-i": 7, "data-none": None, "data-safe": mark_safe("<b>&"),
        'we"ird': "q'<>", "flag": True, "off": False, "data-big": 10 ** 20}))


show("attrs", Attrs())


class SafeValues(forms.Form):
    a = forms.CharField(initial=mark_safe("<b>x</b>"))
    b = forms.CharField(widget=forms.HiddenInput, initial="&amp;")
    c = forms.CharField(initial="<i>&</i>", widget=forms.Textarea)


show("safe and unsafe initial values", SafeValues())
f = SafeValues()
print(f["a"], f["b"], f["a"].as_hidden())

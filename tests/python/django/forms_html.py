# Django forms HTML rendering: str(form), as_p/as_table/as_ul/as_div, bound fields,
# errors, auto_id/prefix/label_suffix, CSS classes, escaping and rendering inside templates
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
from django.template import Context, Template


class AddForm(forms.Form):
    number1 = forms.IntegerField()
    number2 = forms.IntegerField(label="Second number")


class NoteForm(forms.Form):
    title = forms.CharField(max_length=10, help_text="Short & sweet", initial="Hi")
    body = forms.CharField(required=False, widget=forms.Textarea)
    secret = forms.CharField(widget=forms.PasswordInput, required=False)
    tag = forms.CharField(widget=forms.TextInput(attrs={"class": "wide", "placeholder": "a tag"}))
    code = forms.CharField(widget=forms.HiddenInput, required=False)
    frozen = forms.CharField(disabled=True, initial="ice", required=False)

    def clean(self):
        data = super().clean()
        if data.get("title") == "bad":
            raise ValidationError("Title may not be bad.")
        return data


section = lambda name: print("=====", name)  # noqa: E731


section("unbound str")
f = AddForm()
print(f)
print(repr(str(f)))
section("as_p")
print(f.as_p())
section("as_table")
print(f.as_table())
section("as_ul")
print(f.as_ul())
section("as_div")
print(repr(f.as_div()))

section("note unbound")
n = NoteForm()
print(n)
print(n.as_p())
print(n.as_table())

section("bound fields")
for name in ["title", "body", "secret", "tag", "code", "frozen"]:
    bf = n[name]
    print(name, "|", bf, "|", bf.label_tag(), "|", repr(str(bf.errors)), "|", bf.help_text,
          "|", bf.id_for_label, bf.html_name, repr(bf.value()), bf.is_hidden, bf.label)
print([bf.name for bf in n.hidden_fields()], [bf.name for bf in n.visible_fields()])

section("invalid")
bad = NoteForm({"title": "bad", "body": "x<y", "secret": "pw", "tag": "", "code": "c", "frozen": "hot"})
print(bad.is_valid())
print(bad.errors)
print(repr(str(bad.non_field_errors())))
print(bad)
print(bad.as_p())
print(bad.as_table())
print(bad.as_ul())
print(bad["tag"].errors)
print(bad["tag"].label_tag())
print(repr(bad["frozen"].value()), bad.cleaned_data.get("frozen"))
print(bad["secret"])

section("hidden errors")
h = NoteForm({"title": "toolongtitle!", "tag": "t", "code": ""})
h.fields["code"].required = True
print(h.is_valid(), sorted(h.errors))
print(h.as_p())
print(h.as_div())

section("valid")
ok = AddForm({"number1": "1", "number2": " 22 "})
print(ok.is_valid(), ok.cleaned_data)
print(ok)
print(ok["number2"].value(), repr(ok["number2"].data))

section("add invalid")
e = AddForm({"number1": "abc"})
print(e.is_valid())
print(e)
print(repr(e.as_p()))
print(e.as_ul())

section("auto_id")
print(AddForm(auto_id=False).as_p())
print(AddForm(auto_id=False)["number1"].label_tag())
print(AddForm(auto_id="x_%s").as_p())
print(AddForm(auto_id="x_%s")["number2"].id_for_label)
print(AddForm(auto_id=True).as_p())

section("prefix")
p = AddForm(prefix="p")
print(p.as_p())
print(p["number1"].html_name, p["number1"].auto_id)
pb = AddForm({"p-number1": "5", "p-number2": "6", "number1": "x"}, prefix="p")
print(pb.is_valid(), pb.cleaned_data)

section("label_suffix")
print(AddForm(label_suffix="").as_p())
print(AddForm(label_suffix=" ->").as_div())
print(AddForm()["number1"].label_tag(label_suffix="?"))
print(AddForm()["number1"].label_tag("Custom <b>", attrs={"class": "lbl"}))


class Styled(AddForm):
    required_css_class = "req"
    error_css_class = "err"
    maybe = forms.CharField(required=False)


section("css classes")
s = Styled({"number1": "1", "number2": "z"})
s.is_valid()
print(s.as_p())
print(s.as_table())
print(s.as_div())
# css_classes() joins a set: Django's order depends on string hashes, so sort it.
def classes(bf, extra=None):
    return " ".join(sorted(bf.css_classes(extra).split()))


print(classes(s["number2"]), "|", classes(s["maybe"]), "|", classes(s["number1"], "x"))

section("use_required_attribute")
print(AddForm(use_required_attribute=False))
print(NoteForm(use_required_attribute=False)["title"])

section("escaping")
x = NoteForm(initial={"title": '<b>&"', "body": "</textarea><i>'"})
print(x["title"])
print(x["body"])
print(NoteForm({"title": "a'b\"<>", "tag": "&amp;"})["tag"])
print(NoteForm({"title": "a'b\"<>", "tag": "&amp;"})["title"])


class Esc(forms.Form):
    f = forms.CharField(label="A & <B>", help_text="<em>help</em>")


print(Esc().as_p())

section("templates")
print(Template("{{ form }}").render(Context({"form": AddForm()})))
t = Template("{% for f in form %}{{ f.label_tag }} {{ f }}{% endfor %}")
print(repr(t.render(Context({"form": AddForm()}))))
t2 = Template("{% for f in form %}[{{ f.name }}|{{ f.label }}|{{ f.errors }}|{{ f.value|default:'-' }}]{% endfor %}")
print(t2.render(Context({"form": e})))
print(Template("{{ form.as_p }}{{ form.number1 }}{{ form.non_field_errors }}").render(Context({"form": e})))
print(Template("{{ form.errors }}").render(Context({"form": bad})))
print(Template("{{ form.title.help_text }}|{{ form.title.id_for_label }}").render(Context({"form": n})))

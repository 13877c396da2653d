# Django forms: IntegerField and CharField cleaning, errors and HTML rendering.
from django.conf import settings

settings.configure(DEBUG=False, SECRET_KEY="x", USE_I18N=False)
import django

django.setup()

from django import forms


class AddForm(forms.Form):
    number1 = forms.IntegerField()
    number2 = forms.IntegerField(label="Second number")


class NoteForm(forms.Form):
    title = forms.CharField(max_length=5)
    body = forms.CharField(required=False, min_length=2)
    count = forms.IntegerField(min_value=1, max_value=10, required=False)


def show(form):
    print("valid:", form.is_valid())
    print("cleaned:", sorted(form.cleaned_data.items()))
    print("errors:", sorted((k, list(v)) for k, v in form.errors.items()))


for data in [
    {"number1": "1", "number2": "2"},
    {"number1": " 3 ", "number2": "4.0"},
    {"number1": "1_000", "number2": "-7"},
    {"number1": "1e3", "number2": ""},
    {"number1": "abc"},
    {"number1": "99999999999999999999", "number2": "1"},
    {"number1": "٣", "number2": "+5"},
    {"number1": "-0", "number2": "+5"},
    {"number1": "3.5", "number2": "0x10"},
]:
    f = AddForm(data)
    show(f)
    if f.is_valid():
        print("sum:", f.cleaned_data["number1"] + f.cleaned_data["number2"])

for data in [
    {"title": "abc", "body": "", "count": ""},
    {"title": "toolong", "body": "x", "count": "11"},
    {"title": "  hi  ", "body": " ok ", "count": "0"},
    {},
]:
    show(NoteForm(data))

f = AddForm({"number1": "x", "number2": ""})
f.is_valid()
print(f.errors)
print(f.errors.as_text())
print(f["number1"].errors)
print(repr(str(f.non_field_errors())))
print(f.has_error("number1"), f.has_error("number2", "required"), f.has_error("number2", "invalid"))
print(AddForm().is_bound, f.is_bound, AddForm().is_valid())
print(f.errors.as_json() if hasattr(f.errors, "as_json") and False else "-")

# Each form instance gets its own deep copy of the class's fields (Django's
# copy.deepcopy(base_fields)): widgets, widget attrs, error messages, validators and
# choices changed on one form leave the class and other forms alone; a field class with
# its own __deepcopy__ has it called (expected output from real Django 5.2).
from django.conf import settings

settings.configure(DEBUG=False, SECRET_KEY="x", USE_I18N=False, INSTALLED_APPS=[])
import copy

import django

django.setup()

from django import forms
from django.core.validators import MinLengthValidator

copies = []


class Tagged(forms.CharField):
    def __deepcopy__(self, memo):
        result = super().__deepcopy__(memo)
        result.tag = "copied %d" % len(copies)
        copies.append(result.tag)
        return result


class F(forms.Form):
    a = forms.CharField(widget=forms.TextInput(attrs={"class": "x"}), max_length=5)
    b = forms.ChoiceField(choices=[("1", "One"), ("2", "Two")])
    t = Tagged(required=False)


f1, f2 = F(), F()
print(copies, f1.fields["t"].tag, f2.fields["t"].tag, hasattr(F.base_fields["t"], "tag"))
for name in ("a", "b", "t"):
    one, two, base = f1.fields[name], f2.fields[name], F.base_fields[name]
    print(name, one is not two, one is not base, one.widget is not two.widget,
          one.widget is not base.widget, one.widget.attrs is not base.widget.attrs,
          one.error_messages is not base.error_messages,
          one.validators is not base.validators, type(one) is type(base))

f1.fields["a"].widget.attrs["class"] = "changed"
f1.fields["a"].error_messages["required"] = "Say something."
f1.fields["a"].validators.append(MinLengthValidator(2))
f1.fields["a"].label = "Relabelled"
f1.fields["b"].choices = [("3", "Three")]
print(f1["a"], f1["a"].label_tag())
print(f2["a"], f2["a"].label_tag())
print(F()["a"])
print(f1["b"])
print(f2["b"])
print(len(f1.fields["a"].validators), len(f2.fields["a"].validators),
      len(F.base_fields["a"].validators))
bound1 = F({"a": ""})
bound1.fields["a"].error_messages["required"] = "Nothing given."
print(bound1.errors.get("a"), F({"a": ""}).errors.get("a"))
print(F({"a": "x", "b": "1"}).is_valid(), f1.fields["a"].max_length)

c = copy.deepcopy(F.base_fields["b"])
print(type(c).__name__, c.choices, c.widget.choices == F.base_fields["b"].widget.choices,
      c.widget is not F.base_fields["b"].widget)

# A form keeps the BoundField it first makes for a field (BaseForm.__getitem__'s
# cache): what the BoundField copied then (label, help text, names, initial) stays as
# it was through later renderings, whether the first was made by rendering, by
# validation or by form[name].
import django
from django.conf import settings

settings.configure(USE_I18N=False)
django.setup()

from django import forms  # noqa: E402

calls = []


def start():
    calls.append(1)
    return len(calls)


class F(forms.Form):
    a = forms.IntegerField()
    b = forms.IntegerField(initial=start)
    c = forms.CharField(required=False, disabled=True, initial="fixed")


f = F()
first = str(f)
f.fields["a"].label = "Changed"
f.fields["b"].help_text = "new help"
f.prefix = "p"
second = str(f)
print(first == second, "Changed" in second, "new help" in second, len(calls))
bf = f["a"]
print(type(bf).__name__, bf is f["a"], bf.label, bf.html_name, bf.auto_id, bf.initial)
print(f["b"].initial, f["b"].value(), len(calls))
f["a"].label = "Set on the BoundField"
print("Set on the BoundField" in str(f))

# a new form reads the changed fields of its own copy only
g = F()
print(str(g) == first, len(calls))

# validation first, then rendering and access
h = F({"a": "1", "b": " 2 ", "c": "ignored"})
print(h.is_valid(), h.cleaned_data)
h.fields["a"].label = "Later"
print("Later" in str(h), h["a"].label, h["a"].data, h["c"].initial, h["c"].value())
print(h["b"].value(), len(calls))

# a form whose field is asked for before anything else
k = F(prefix="k")
bk = k["b"]
k.fields["b"].label = "Other"
print(bk.label, "Other" in str(k), k["b"] is bk, bk.html_name, len(calls))
print(str(k) == str(k))

# errors render with the cached BoundFields too
e = F({"a": "x"})
print(e.is_valid(), e.errors.as_data().keys() if hasattr(e.errors, "as_data") else "")
e.fields["a"].label = "Late"
print("Late" in str(e), e["a"].errors)

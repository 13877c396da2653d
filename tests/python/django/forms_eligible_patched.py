# {{ form }} after the form's class or its renderer's class changes between renders:
# get_context / non_field_errors / __getitem__ set on the class (and removed again), a
# renderer class whose render is replaced, a base class patched under a subclass
# (expected output from real Django 5.2).
from django.conf import settings

settings.configure(DEBUG=False, SECRET_KEY="x", USE_I18N=False, INSTALLED_APPS=[])

import django

django.setup()

from django import forms
from django.forms.renderers import DjangoTemplates


class F(forms.Form):
    name = forms.CharField(max_length=5)


class G(F):
    pass


print(F())
original_get_context = forms.BaseForm.get_context


def get_context(self):
    context = original_get_context(self)
    context["fields"] = context["fields"][:0]
    return context


F.get_context = get_context
print("== F.get_context patched:", repr(str(F())))
print("== G under F:", repr(str(G())))
del F.get_context
print("== restored:", str(F()) == str(G()))
G.non_field_errors = lambda self: self.error_class(["top error"])
print("== G.non_field_errors:", "top error" in str(G()), "top error" in str(F()))
del G.non_field_errors


class R(DjangoTemplates):
    pass


print("== renderer R:", str(F(renderer=R())) == str(F()))
R.render = lambda self, template_name, context, request=None: "RENDERED BY R"
print("== R.render patched:", str(F(renderer=R())))
del R.render
print("== R.render removed:", str(F(renderer=R())) == str(F()))

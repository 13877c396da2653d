# The native {{ form }} renderer against classes, instances and module globals patched
# before and after a first render (BoundField, Field, Widget and form methods, instance
# overrides, get_bound_field, __deepcopy__): every case draws what Django 5.2 draws.
from django.conf import settings
settings.configure(
    DEBUG=False, SECRET_KEY="x", USE_I18N=False, INSTALLED_APPS=[],
    TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates", "DIRS": [],
                "APP_DIRS": False,
                "OPTIONS": {"loaders": [("django.template.loaders.locmem.Loader", {})]}}],
)
import django
django.setup()

print('######## f1')
def case_f1():
    from django import forms
    
    class F(forms.Form):
        name = forms.CharField(initial="fromfield")
    
    f = F()
    f.add_prefix = lambda n: "pre_" + n
    print("== instance add_prefix"); print(f)
    f = F()
    f.get_initial_for_field = lambda field, name: "inst-initial"
    print("== instance get_initial_for_field"); print(f)
    f = F()
    f.add_initial_prefix = lambda n: "II-" + n
    print("== instance add_initial_prefix", f["name"].html_initial_name)
    # shared field objects in base_fields
    class G(forms.Form):
        a = forms.CharField()
    G.base_fields['b'] = G.base_fields['a']
    g = G()
    print("shared field copies same:", g.fields['a'] is g.fields['b'])
    w = forms.TextInput()
    class H(forms.Form):
        a = forms.CharField(widget=w)
        b = forms.CharField(widget=w)
    H.base_fields['b'].widget = H.base_fields['a'].widget
    h = H()
    print("shared widget copies same:", h.fields['a'].widget is h.fields['b'].widget)
    # field __deepcopy__ patched on class after definition
    calls = []
    orig = forms.CharField.__deepcopy__
    def dc(self, memo):
        calls.append(1); return orig(self, memo)
    forms.CharField.__deepcopy__ = dc
    F(); print("patched deepcopy calls", len(calls))
    del forms.CharField.__deepcopy__
    # instance-level __deepcopy__ is ignored by copy.deepcopy (type lookup)
    class K(forms.Form):
        a = forms.CharField()
    K.base_fields['a'].__deepcopy__ = lambda memo: "INST"
    print("instance deepcopy:", type(K().fields['a']).__name__)
case_f1()

print('######## f2')
def case_f2():
    from django import forms
    from django.forms import boundfield
    class F(forms.Form):
        name = forms.CharField(initial="fromfield", help_text="h")
    BF = boundfield.BoundField
    for attr, val in [
        ("value", lambda self: "PATCHED-VALUE"),
        ("build_widget_attrs", lambda self, attrs, widget=None: {"data-x": "1"}),
        ("__str__", lambda self: "STR"),
        ("as_widget", lambda self, *a, **k: "AS_WIDGET"),
        ("aria_describedby", property(lambda self: "ARIA")),
        ("label_tag", lambda self, *a, **k: "LT"),
        ("id_for_label", property(lambda self: "IDFL")),
    ]:
        old = BF.__dict__.get(attr)
        setattr(BF, attr, val)
        print("== BF.%s patched" % attr); print(F())
        if old is None: delattr(BF, attr)
        else: setattr(BF, attr, old)
    f = F()
    f.fields["name"].widget.render = lambda *a, **k: "INSTANCE-RENDER"
    print("== widget instance render"); print(f)
    f = F()
    f.fields["name"].widget.get_context = lambda name, value, attrs: {"widget": {"name": "zz", "type": "text", "value": None, "attrs": {}, "template_name": "django/forms/widgets/text.html", "is_hidden": False, "required": False}}
    print("== widget instance get_context"); print(f)
    f = F()
    f.fields["name"].widget.build_attrs = lambda base, extra=None: {"only": "this"}
    print("== widget instance build_attrs"); print(f)
    f = F()
    f.fields["name"].widget.use_required_attribute = lambda initial: False
    print("== widget instance use_required_attribute"); print(f)
case_f2()

print('######## f4')
def case_f4():
    from django import forms
    from django.forms.boundfield import BoundField
    class MyBF(BoundField):
        def css_classes(self, extra_classes=None): return "mine"
    class MyField(forms.CharField):
        def get_bound_field(self, form, name): return MyBF(form, self, name)
    class F(forms.Form):
        name = MyField()
    print(F())
    print(type(F()["name"]).__name__)
case_f4()

print('######## f6')
def case_f6():
    from django import forms
    calls = []
    orig = forms.Field.__deepcopy__
    def dc(self, memo):
        calls.append("field"); return orig(self, memo)
    forms.Field.__deepcopy__ = dc
    worig = forms.Widget.__deepcopy__
    def wdc(self, memo):
        calls.append("widget"); return worig(self, memo)
    forms.Widget.__deepcopy__ = wdc
    class F(forms.Form):
        name = forms.CharField()
        n = forms.IntegerField()
    F()
    print(calls)
case_f6()

print('######## f7')
def case_f7():
    from django import forms
    from django.forms import boundfield
    BF = boundfield.BoundField
    BF.css_classes = lambda self, extra_classes=None: "patched-before-first-render"
    class F(forms.Form):
        name = forms.CharField()
    print(F())
    del BF.css_classes
    forms.Widget.render = lambda self, name, value, attrs=None, renderer=None: "WIDGET-RENDER-PATCHED"
    print(F())
case_f7()

print('######## f9')
def case_f9():
    from django import forms
    class F(forms.Form):
        name = forms.CharField()
    f = F()
    bf = f["name"]
    print(bf.auto_id)
    bf.html_name = "other"
    print(bf.auto_id)
    f.prefix = "p"
    f2 = F(); str(f2)
    f2.auto_id = "x_%s"
    print(f2["name"].auto_id)
    f3 = F(); str(f3); f3.prefix = "pre"; print(f3["name"].auto_id)
case_f9()

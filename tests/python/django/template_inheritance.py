# Django template engine: {% extends %}/{% block %}/block.super, {% include %}, and the
# loader API (get_template, select_template, render_to_string) with a filesystem engine
# and a locmem engine (expected output from real Django 5.2).
import os

from django.conf import settings

HERE = os.path.dirname(os.path.abspath(__file__))
MEM = {
    "layout": "A{% block a %}1{% endblock %}B{% block b %}2{% endblock %}C",
    "kid": "{% extends 'layout' %}junk{% block b %}<{{ block.super }}>{% endblock %}",
    "kid_for": "{% extends 'layout' %}{% for i in l %}{% block a %}[{{ i }}]{% endblock %}{% endfor %}",
    "kid_if": "{% extends 'layout' %}{% if f %}{% block b %}from-if{% endblock %}{% endif %}",
    "grandkid": "{% extends 'kid' %}{% block a %}{{ block.super }}{{ block.super }}{% endblock %}",
    "nested": "{% extends 'layout' %}{% block a %}x{% block inner %}in{% endblock %}y{% endblock %}",
    "nested2": "{% extends 'nested' %}{% block inner %}IN{% endblock %}",
    "dyn": "{% extends parent %}{% block a %}dyn{% endblock %}",
    "part": "{{ x }}-{{ y }}",
    "inc": "[{% include 'part' %}]",
    "inc_with": "[{% include 'part' with x='X' %}|{% include 'part' with x=y y=x %}]",
    "inc_only": "[{% include 'part' only %}|{% include 'part' with y=1 only %}]",
    "inc_var": "[{% include name %}]",
    "inc_missing": "a{% include 'nope.html' %}b",
    "inc_scope": "{% include 'setter' %}[{{ z }}]",
    "setter": "{% with z='inner' %}{{ z }}{% endwith %}",
    "ext_missing": "{% extends 'gone.html' %}",
    "super_top": "[{% block a %}{{ block.super }}{% endblock %}]",
    "esc": "{% extends 'layout' %}{% block a %}{{ v }}{% endblock %}",
}
settings.configure(
    DEBUG=False,
    SECRET_KEY="x",
    INSTALLED_APPS=[],
    TEMPLATES=[
        {
            "BACKEND": "django.template.backends.django.DjangoTemplates",
            "DIRS": [os.path.join(HERE, "_support", "templates")],
        },
        {
            "BACKEND": "django.template.backends.django.DjangoTemplates",
            "NAME": "mem",
            "OPTIONS": {"loaders": [("django.template.loaders.locmem.Loader", MEM)]},
        },
    ],
)
import django

django.setup()

from django.template import Context, Template, TemplateDoesNotExist, TemplateSyntaxError, engines, loader
from django.template.loader import get_template, render_to_string, select_template

mem = engines["mem"]


def show(name, ctx=None, engine=None):
    try:
        if engine is None:
            out = repr(get_template(name).render(ctx))
        else:
            out = repr(engine.get_template(name).render(ctx))
    except Exception as e:
        out = "%s: %s" % (type(e).__name__, e)
    print(name, "->", out)


show("base.html")
show("page.html", {"name": "<Home>"})
show("section.html", {"name": "S"})
show("list.html", {"items": ["a", "<b>"]})
show("list.html", {"items": ["a"], "extra": "e"})
show("includes/item.html", {"item": 1})
print(repr(render_to_string("page.html", {"name": "rts"})))
print(repr(render_to_string("part", {"x": 1, "y": 2})))
print(repr(loader.render_to_string(["nope.html", "page.html"], {"name": "list"})))
print(repr(render_to_string("part", {"x": 1}, using="mem")))
t = select_template(["missing1.html", "part", "base.html"])
print(repr(t.render({"x": "sel", "y": ""})))
print(type(t).__module__, type(t).__name__, t.origin.template_name)
print(get_template("base.html").origin.template_name, get_template("part").origin.template_name)

for name in ["layout", "kid", "kid_for", "kid_if", "grandkid", "nested", "nested2", "super_top"]:
    show(name, {"l": [1, 2], "f": False}, mem)
show("dyn", {"parent": "layout"}, mem)
show("dyn", {"parent": "kid"}, mem)
show("dyn", {"parent": Template("<{% block a %}P{% endblock %}>")}, mem)
show("dyn", {"parent": mem.get_template("layout")}, mem)
show("dyn", {"parent": ""}, mem)
show("dyn", {}, mem)
show("esc", {"v": "<&>"}, mem)
show("inc", {"x": "<x>", "y": 2}, mem)
show("inc_with", {"x": 1, "y": 2}, mem)
show("inc_only", {"x": 1, "y": 2}, mem)
show("inc_var", {"name": "part", "x": "v", "y": "w"}, mem)
show("inc_var", {"name": Template("tmpl-{{ x }}"), "x": "obj"}, mem)
show("inc_var", {"name": ["nope", "part"], "x": "L", "y": "ist"}, mem)
show("inc_var", {"name": "nope"}, mem)
show("inc_missing", {}, mem)
show("inc_scope", {"z": "outer"}, mem)
show("ext_missing", {}, mem)

print(repr(Template("{% extends 'base.html' %}{% block footer %}T{% endblock %}").render(Context())))
for bad in ["nope.html", "dir/nope.html", "../../template_if.py"]:
    try:
        get_template(bad)
    except TemplateDoesNotExist as e:
        print(type(e).__name__, repr(str(e)), e.args[0])
for bad in [["a.html", "b.html"], ("x",)]:
    try:
        select_template(bad)
    except TemplateDoesNotExist as e:
        print(type(e).__name__, repr(str(e)))
try:
    select_template([])
except TemplateDoesNotExist as e:
    print(type(e).__name__, repr(str(e)))
try:
    select_template("base.html")
except TypeError as e:
    print(type(e).__name__, e)
try:
    mem.get_template("base.html")
except TemplateDoesNotExist as e:
    print("mem", type(e).__name__, str(e))
print(issubclass(TemplateDoesNotExist, Exception), issubclass(TemplateSyntaxError, Exception))

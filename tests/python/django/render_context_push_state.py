# RenderContext.push_state is Django's context manager: the template and (when
# isolated) a new dict for the with-block, restored on exit, nothing done until it is
# entered; templates that extend and include others still render (expected output from
# real Django 5.2).
from django.conf import settings

settings.configure(
    DEBUG=False, SECRET_KEY="x", USE_I18N=False, INSTALLED_APPS=[],
    TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates", "DIRS": [],
                "APP_DIRS": False,
                "OPTIONS": {"loaders": [("django.template.loaders.locmem.Loader", {
                    "base.html": "[{% block b %}base{% endblock %}|{% include 'inc.html' %}]",
                    "inc.html": "inc:{{ v }}",
                    "child.html": "{% extends 'base.html' %}{% block b %}child {{ v }}{% endblock %}",
                })]}}],
)
import django

django.setup()

from django.template import Context, engines

engine = engines["django"].engine
t = engine.from_string("x")
c = Context({})
rc = c.render_context
print(rc.template, len(rc.dicts))
with rc.push_state(t):
    print(rc.template is t, len(rc.dicts))
    rc["k"] = 1
    print("k" in rc, rc.get("k"))
print(rc.template, len(rc.dicts), "k" in rc)
with rc.push_state(t, isolated_context=False):
    print(rc.template is t, len(rc.dicts))
print(rc.template, len(rc.dicts))
cm = rc.push_state(t)
print(rc.template, len(rc.dicts))
try:
    with rc.push_state(t):
        raise ValueError("inside")
except ValueError as e:
    print("ValueError", e, rc.template, len(rc.dicts))
print(engines["django"].get_template("child.html").render({"v": 7}))
print(engines["django"].get_template("base.html").render({"v": 8}))

# A template that includes itself without end: RecursionError, and nothing left for
# the unraisable hook (no generator finalised with an exception on the way out).
import sys

import django
from django.conf import settings

settings.configure(
    TEMPLATES=[
        {
            "BACKEND": "django.template.backends.django.DjangoTemplates",
            "OPTIONS": {
                "loaders": [
                    (
                        "django.template.loaders.locmem.Loader",
                        {
                            "a.html": "x{% include 'a.html' %}",
                            "b.html": "{% for i in l %}{% include 'b.html' %}{% endfor %}",
                            "c.html": "{% with n=1 %}{% include 'd.html' %}{% endwith %}",
                            "d.html": "{% if 1 %}{% include 'c.html' %}{% endif %}",
                        },
                    )
                ]
            },
        }
    ]
)
django.setup()
seen = []
sys.unraisablehook = lambda u: seen.append(u.exc_type.__name__)

from django.template.loader import get_template, render_to_string  # noqa: E402

for name in ["a.html", "b.html", "c.html"]:
    try:
        get_template(name).render({"l": [1, 2]})
    except RecursionError as e:
        print(name, "RecursionError", str(e).startswith("maximum recursion depth exceeded"))
    try:
        render_to_string(name, {"l": [1]})
    except RecursionError:
        print(name, "RecursionError again")
print("unraisable:", seen)
print("done")

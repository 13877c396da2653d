# Review: striptags / django.utils.html.strip_tags. Django strips with an HTML parser
# (HTMLParser), repeatedly until nothing changes: a "<" that does not start a tag is
# text, quoted ">" inside attributes belong to the tag, and nested leftovers such as
# "<<b>script>" are stripped on the next pass. Ours removes every "<...>" span with a
# regular expression, once per pass: "a < b and c > d" loses its middle, an attribute
# value containing ">" leaks into the text, and "<<b>script>" leaves "script>".
from django.conf import settings

settings.configure(
    DEBUG=False,
    SECRET_KEY="x",
    INSTALLED_APPS=[],
    TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates"}],
)
import django

django.setup()

from django.template import Context, Template
from django.utils.html import strip_tags

for text in [
    "<p>Hello <b>world</b></p>",
    "if a < b and c > d then",
    "x<3 and y>2",
    "<a title='1 > 0'>link</a>",
    "<<b>script>alert(1)<</b>/script>",
    "<!-- note --> <i>kept</i> &amp; &lt;",
    "unclosed <b",
]:
    print(repr(text), "->", repr(strip_tags(text)),
          repr(Template("{{ t|striptags }}").render(Context({"t": text}))))

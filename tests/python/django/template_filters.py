# Django template engine: built-in filters, filter chains and arguments, and how they
# interact with autoescaping (expected output from real Django 5.2).
from django.conf import settings

settings.configure(
    DEBUG=False,
    SECRET_KEY="x",
    INSTALLED_APPS=[],
    USE_I18N=False,
    TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates"}],
)
import django

django.setup()

from django.template import Context, Template
from django.utils.safestring import mark_safe


def r(src, **ctx):
    try:
        out = repr(Template(src).render(Context(ctx)))
    except Exception as e:
        out = "%s: %s" % (type(e).__name__, e)
    print(repr(src), "->", out)


# default / default_if_none
r("{{ x|default:'d' }}|{{ y|default:'d' }}|{{ z|default:'d' }}|{{ n|default:'d' }}", x=0, y="", z=[], n=None)
r("{{ x|default:'d' }}|{{ missing|default:'d' }}|{{ f|default:'d' }}", x="val", f=False)
r("{{ n|default_if_none:'d' }}|{{ x|default_if_none:'d' }}|{{ missing|default_if_none:'d' }}|", n=None, x="")
r("{{ x|default:y }}", x="", y="<from var>")
# add
r("{{ 4|add:'3' }} {{ x|add:2 }} {{ x|add:'-10' }}", x=5)
r("{{ a|add:b }}", a="abc", b="def")
r("{{ a|add:b }}", a=[1, 2], b=[3])
r("[{{ a|add:b }}]", a=1, b=[3])
r("{{ a|add:b }}", a="1", b="2")
r("{{ a|add:b }}", a="x", b=2)
# escaping filters
r("{{ x|escape }}|{{ x|force_escape }}|{{ x|safe }}", x="<a href='x'>&</a>")
r("{{ x|safe|escape }}|{{ x|safe|force_escape }}", x="<b>")
r("{{ x|force_escape|force_escape }}", x="&")
r("{% autoescape off %}{{ x|escape }}|{{ x }}{% endautoescape %}", x="<b>")
r("{{ x|upper }}", x=mark_safe("<b>ok</b>"))
r("{{ x|lower }}", x="<B>")
# string case
r("{{ x|lower }}|{{ x|upper }}|{{ x|title }}|{{ x|capfirst }}", x="hELLO wORLD it's 2nd")
r("{{ x|capfirst }}|{{ y|title }}", x="", y="o'neil mc-donald 1st")
r("{{ x|cut:' ' }}|{{ x|cut:'l' }}", x="hello world")
# sequences
r("{{ l|length }} {{ s|length }} {{ d|length }} [{{ n|length }}] [{{ missing|length }}]", l=[1, 2, 3], s="abcd", d={"a": 1}, n=5)
r("{{ l|join:', ' }}|{{ l|first }}|{{ l|last }}", l=["a", "b", "c"])
r("[{{ e|first }}][{{ e|last }}][{{ e|join:',' }}]", e=[])
r("{{ l|join:', ' }}", l=["<a>", mark_safe("<b>"), "&"])
r("{% autoescape off %}{{ l|join:' & ' }}{% endautoescape %}", l=["<a>", "b"])
r("{{ l|join:sep }}", l=["x", "y"], sep="<br>")
r("{{ s|join:'-' }}", s="abc")
r("{{ l|slice:':2' }}|{{ l|slice:'1:' }}|{{ l|slice:'-1' }}|{{ l|slice:'::2' }}", l=[0, 1, 2, 3, 4])
r("{{ s|slice:'2:4' }}", s="abcdef")
r("{{ s|make_list }}|{{ n|make_list }}", s="ab<", n=123)
r("{{ s|wordcount }}|{{ e|wordcount }}", s="  one two\tthree\nfour ", e="")
# yesno / pluralize
r("{{ t|yesno }} {{ f|yesno }} {{ n|yesno }}", t=True, f=False, n=None)
r("{{ t|yesno:'ja,nein' }} {{ n|yesno:'ja,nein' }} {{ n|yesno:'ja,nein,vielleicht' }} {{ t|yesno:'bad' }}", t=1, n=None)
r("item{{ n0|pluralize }} item{{ n1|pluralize }} item{{ n2|pluralize }}", n0=0, n1=1, n2=2)
r("cherr{{ n|pluralize:'y,ies' }} walrus{{ n|pluralize:'es' }} {{ l|pluralize }}", n=3, l=[1])
r("cherr{{ n|pluralize:'y,ies' }} [{{ n|pluralize:'a,b,c' }}] [{{ s|pluralize }}]", n=1, s="x")
# text layout
r("{{ s|linebreaksbr }}", s="a\nb\r\nc<d>")
r("{{ s|linebreaks }}", s="one\ntwo\n\nthree")
r("{{ s|linebreaks }}", s="")
r("{{ s|striptags }}", s="<p>Hello <b>world</b> &amp; <br/>more</p>")
r("{{ s|truncatechars:5 }}|{{ s|truncatechars:20 }}|{{ s|truncatechars:1 }}", s="Hello world")
r("{{ s|truncatewords:2 }}|{{ s|truncatewords:9 }}", s="The quick  brown fox")
r("{{ s|truncatechars:'x' }}", s="abc")
r("{{ s|urlencode }}|{{ s|urlencode:'' }}", s="a b&c=d/é?")
r("[{{ s|center:9 }}][{{ s|ljust:6 }}][{{ s|rjust:6 }}]", s="abc")
r("[{{ s|center:2 }}]", s="abcd")
# numbers
r("{{ 10|divisibleby:5 }} {{ 10|divisibleby:3 }} {{ n|divisibleby:'2' }}", n=4)
r("{{ a|floatformat }}|{{ b|floatformat }}|{{ c|floatformat }}", a=34.23234, b=34.0, c=34.26)
r("{{ a|floatformat:3 }}|{{ b|floatformat:3 }}|{{ c|floatformat:'-3' }}|{{ b|floatformat:'-3' }}", a=34.23234, b=34.0, c=34.26)
r("{{ a|floatformat:0 }}|{{ b|floatformat:0 }}|{{ c|floatformat }}|{{ s|floatformat:2 }}|[{{ bad|floatformat }}]", a=39.56, b=-0.4, c=0, s="1.005", bad="abc")
r("{{ n|stringformat:'03d' }}|{{ n|stringformat:'x' }}|{{ f|stringformat:'.2f' }}|{{ s|stringformat:'s' }}|{{ s|stringformat:'r' }}", n=10, f=3.14159, s="hi")
r("[{{ s|stringformat:'d' }}]", s="abc")
# chains and arguments
r("{{ s|lower|capfirst|cut:'!' }}", s="HELLO THERE!")
r("{{ s|default:'none'|upper }}", s="")
r("{{ l|first|upper }}", l=["abc", "x"])
r("{{ l|slice:':2'|join:'+' }}", l=["a", "b", "c"])
r("{{ s|truncatechars:n }}", s="abcdefgh", n=4)
r("{{ s|cut:c|length }}", s="banana", c="a")
r("{{ 'lit'|upper }}|{{ \"x y\"|title }}|{{ 5|add:5 }}")
r("{{ s|default:'a:b' }}", s=None)
r("{{ s|join:' | ' }}", s=["p", "q"])
r("{{ s|striptags|upper }}", s="<i>it</i>")
r("{{ s|escape|linebreaksbr }}", s="<x>\ny")
r("{{ s|linebreaksbr|escape }}", s="<x>\ny")

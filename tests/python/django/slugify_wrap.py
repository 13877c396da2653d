# slugify (ASCII folding, allow_unicode) and wrap (wordwrap) as Django 5.2 does them.
from django.conf import settings
settings.configure()
from django.utils.text import slugify, wrap
for t in ["Crème brûlée", "Ångström Über Straße ½", "ﬁne ﬂow", "Ｆｕｌｌ ｗｉｄｔｈ", "日本語 text", "  --a__b--  ", "Ça va? Oui!", "naïve café"]:
    print(repr(t), repr(slugify(t)), repr(slugify(t, allow_unicode=True)))
for t, w in [("a  b c   dddddddd e\n\nf  g  ", 5), ("   leading spaces here\n", 3), ("one two three four five six", 9), ("x" * 20 + " y", 4)]:
    print(repr(wrap(t, w)))

# strip_tags on the edge cases of HTML parsing (script/style text, quoted '>', stray '<').
from django.conf import settings

settings.configure()
from django.utils.html import strip_tags
for t in ["<p>a</p>", "a < b", "<b>x</b> & y", "<script>var a = '<b>';</script>done", "<style>p{}</style>t", "<!DOCTYPE html><p>x", "<?xml x?>y", "</>z", "</ b>w", "<a href=\"x>y\">q</a>", "<br/>n", "<img src=x onerror=alert(1)>i", "a<b", "<1>", "<<>>", "<!-- c", "< p>sp</p>"]:
    print(repr(t), repr(strip_tags(t)))

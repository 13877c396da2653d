# html.escape and html.unescape (HTML5 rules for numeric and named references).
import html

for s in ["plain", "<a href=\"x\">Tom & 'Jerry'</a>", "&amp;", "", "<<>>", "é ☃ 😀"]:
    print(repr(html.escape(s)), repr(html.escape(s, quote=False)), repr(html.escape(s, False)))
try:
    html.escape(None)
except AttributeError as e:
    print("AttributeError", e)

cases = [
    "no references", "&amp; &lt; &gt; &quot; &#39; &apos;", "&amp &lt &gt &quot",
    "&AMP; &LT &copy &COPY; &reg", "&notit; &notin; &not &noti;", "&ampx &amp;x &amp",
    "&#65;&#x41;&#X41;&#0065;&#65 &#x41", "&#0; &#13; &#128; &#129; &#150; &#159;",
    "&#1; &#11; &#127; &#x7f; &#xfdd0; &#xfffe; &#x1ffff; &#x10ffff;",
    "&#xd800; &#xdfff; &#x110000; &#99999999999999999999;", "&#9; &#10; &#12; &#32;",
    "&#; &#x; &#xg; &# &", "&unknown; &unknownname &zz", "&nbsp;&NewLine;&Tab;",
    "&acE; &bne; &fjlig; &ThickSpace;", "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&&amp;&&", "a&b c&d", "&" + "a" * 40 + ";", "&aacute&Aacute;&aacutex",
    "&#x1F600; &#128512;", "&semi;&colon;&excl;", "&frac12;&frac12&frac1",
    "&\t; &\n; & ;", "&Eacute;cole &eacute;t&eacute;", "&ouml &oumlx &ouml;",
    "&lang; &rang; &LeftAngleBracket;", "&#x00041; &#000000065;", "&#X1f;&#x80;",
]
for s in cases:
    print(repr(s), "->", repr(html.unescape(s)))
print(html.__all__)

# html.entities: the HTML5 table and the HTML 4 tables.
from html.entities import html5, name2codepoint, codepoint2name, entitydefs
import html.entities
import html

print(len(html5), len(name2codepoint), len(codepoint2name), len(entitydefs))
for name in ["amp;", "amp", "AMP;", "gt;", "nbsp;", "copy", "NotEqualTilde;", "bne;", "Cfr;",
             "zwnj;", "ThinSpace;", "fjlig;", "notin;", "not"]:
    print(name, repr(html5.get(name)))
for name in ["amp", "nbsp", "euro", "hearts", "Aring", "thetasym", "zwj"]:
    print(name, name2codepoint[name], entitydefs[name] == chr(name2codepoint[name]))
for cp in [38, 160, 8364, 9829, 197]:
    print(cp, codepoint2name[cp])
print(sorted(html.entities.__all__))
print(sum(len(v) for v in html5.values()), sum(map(len, html5)))
print(sum(1 for k in html5 if not k.endswith(";")))
print(all(html.unescape("&" + k) == v for k, v in html5.items()))
print(all(html.unescape("&" + k + "x") == v + "x" for k, v in html5.items() if k.endswith(";")))
# every name that works without ';' also has a ';' form
print(all(k + ";" in html5 for k in html5 if not k.endswith(";")))

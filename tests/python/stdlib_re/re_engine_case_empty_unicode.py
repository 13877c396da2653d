# The sre engine: backreferences under IGNORECASE, the empty-match rules of
# findall/sub/split (CPython 3.7+), \w \d \s as str.isalnum/isdecimal/isspace.
import re

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    if isinstance(r, re.Match):
        r = (r.span(), r.group(), r.groups())
    print(label, "->", repr(r))

# backreferences under IGNORECASE
show("br1", lambda: re.search(r'(\w+) \1', 'This this', re.I))
show("br2", lambda: re.search(r'(?i)(a)\1', 'aA'))
show("br3", lambda: re.search(r'(a)\1', 'aA'))
show("br4", lambda: re.findall(r'(?i)(?P<w>[a-z]+)-(?P=w)', 'Ab-aB cd-CD ef-eg'))
show("br5", lambda: re.search(r'(?i)(\u00df)\1', '\u00df\u00df'))
show("br6", lambda: re.search(r'(?i)(\u03a3)\1', '\u03c3\u03c2'))
# empty-match rules
show("em1", lambda: re.sub('x*', '-', 'abxd'))
show("em2", lambda: re.findall('|a', 'a'))
show("em3", lambda: re.split(r'\b', 'a b'))
show("em4", lambda: re.findall('x*?', 'axx'))
show("em5", lambda: re.sub('', '-', 'abc'))
show("em6", lambda: [m.span() for m in re.finditer(r'\b|a', 'a ab')])
show("em7", lambda: re.split(r'(?=a)|b', 'xaxbxa'))
show("em8", lambda: re.subn('a*', 'X', 'baaac'))
show("em9", lambda: re.findall(r'(a|)*', 'aab'))
show("em10", lambda: re.match(r'(a|)*', 'b').groups())
show("em11", lambda: re.split('x*', 'axbc'))
show("em12", lambda: re.findall(r'^', 'a\nb\n', re.M))
show("em13", lambda: re.findall(r'$', 'a\nb\n', re.M))
show("em14", lambda: re.findall(r'$', 'a\nb\n'))
# unicode classes
show("u1", lambda: re.findall(r'\w+', 'x\u00bdy\u0301z'))
show("u2", lambda: re.findall(r'\d+', '12\u0663\u0664 \u00b2 \u2155 \uff11'))
show("u3", lambda: re.findall(r'\s', 'a\x1cb\x85c\u00a0d\u2028e\u200bf'))
show("u4", lambda: re.findall(r'\s', 'a\x1cb\x85c\u00a0d', re.A))
show("u5", lambda: re.findall(r'\w+', 'caf\u00e9 na\u00efve', re.A))
show("u6", lambda: re.findall(r'\D+', '12ab\u0663'))
show("u7", lambda: re.findall(r'[\w-]+', 'a-b\u00e9_c d'))
show("u8", lambda: re.findall(r'\b\w', '\u00e9t\u00e9 \u00e0 la'))
show("u9", lambda: re.findall(r'(?a)\b\w', '\u00e9t\u00e9 \u00e0 la'))
show("u10", lambda: re.findall(r'\W+', 'a\u0301b'))
# ignorecase
show("i1", lambda: re.findall(r'(?i)k', 'kK\u212a'))
show("i2", lambda: re.findall(r'(?i)[a-z]+', 'Hello \u212aelvin \u017fs'))
show("i3", lambda: re.findall(r'(?i)s', 'sS\u017f'))
show("i4", lambda: re.findall(r'(?i)\u00c9', '\u00e9\u00c9'))
show("i5", lambda: re.findall(r'(?i)[^a]', 'aAbB'))
show("i6", lambda: re.findall(r'(?ia)k', 'kK\u212a'))
show("i7", lambda: re.findall(r'(?i)i', 'iI\u0130\u0131'))
show("i8", lambda: re.match(r'(?i:AB)c', 'abc'))
show("i9", lambda: re.match(r'(?i:AB)c', 'abC'))
show("i10", lambda: re.findall(r'(?i)[\u00c0-\u00de]', '\u00e0\u00e9\u00fe\u00f7'))

# Bytes patterns on bytes, bytearray and memoryview subjects.
import re

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    if isinstance(r, re.Match):
        r = (r.span(), r.group(), r.groups(), r)
    print(label, "->", repr(r))

show("b1", lambda: re.match(rb'(\w+) (\d+)', b'abc 123'))
show("b2", lambda: re.findall(rb'\w+', b'caf\xe9 na\xefve_1'))
show("b3", lambda: re.findall(rb'\s', b'a\x1cb\x85c\xa0d \te'))
show("b4", lambda: re.sub(rb'(\d)', rb'<\1>', b'a1b22'))
show("b5", lambda: re.sub(rb'x*', b'-', b'abxd'))
show("b6", lambda: re.split(rb',\s*', b'a, b,c'))
show("b7", lambda: re.findall(rb'(?i)[a-z]+', b'Hello WORLD \xc9'))
show("b8", lambda: re.search(rb'\xe9+', b'caf\xe9\xe9'))
show("b9", lambda: re.compile(rb'a.c', re.S))
show("b10", lambda: re.compile(rb'abc'))
show("b11", lambda: re.compile(rb'abc').pattern)
show("b12", lambda: re.match(rb'a', 'a'))
show("b13", lambda: re.match(r'a', b'a'))
show("b14", lambda: re.escape(b'a.b*c\xe9'))
show("b15", lambda: re.match(rb'(?P<x>a)(?P<y>b)?', b'a').groupdict())
show("b16", lambda: re.fullmatch(rb'[^a]+', bytearray(b'bcd')))
show("b17", lambda: re.subn(rb'a', lambda m: m.group().upper(), b'banana'))
show("b18", lambda: re.findall(rb'(a)(b)?', b'ab a'))
show("b19", lambda: re.match(rb'(?i)(a)\1', b'aA'))
show("b20", lambda: re.sub(rb'a', 'x', b'a'))
show("b21", lambda: re.compile(rb'\d').flags)
show("b22", lambda: re.compile(rb'(?a)\d').flags)
show("b23", lambda: re.match(rb'\u0041', b'u0041'))
show("b24", lambda: re.search(rb'\bb', b'a b'))
show("b25", lambda: re.match(rb'(\d+)', b'42').expand(rb'[\1]'))
show("b26", lambda: re.findall(rb'', b'ab'))
show("b27", lambda: re.search(rb'x', memoryview(b'axb')))

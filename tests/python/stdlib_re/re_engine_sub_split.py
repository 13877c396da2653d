# findall, split and sub: counts, groups that did not take part, pos/endpos, subjects
# of other types, templates.
import re

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
        return
    print(label, "->", repr(r))

class S(str):
    pass

show("f1", lambda: re.compile(r'\w').findall('abcdef', 2, 4))
show("f2", lambda: re.compile(r'\w').findall('abcdef', -5, 100))
show("f3", lambda: re.compile(r'\w').findall('abcdef', 4, 2))
show("f4", lambda: re.findall(r'(a)|(b)', 'ab'))
show("f5", lambda: re.findall(r'(a)?x', 'x ax'))
show("f6", lambda: re.findall(r'\w+', S('ab cd')))
show("f7", lambda: type(re.findall(r'\w+', S('ab cd'))[0]))
show("f8", lambda: re.findall(r'\w', 'h\u00e9\u4e16!x'))
show("f9", lambda: re.compile(r'\w').findall('h\u00e9\u4e16!x', 1, 3))
show("f10", lambda: re.findall(r'(?<=\u00e9)\w', 'h\u00e9\u4e16!x'))
show("f11", lambda: re.findall(rb'a', bytearray(b'aba')))
show("f12", lambda: re.findall('a', 1))
show("f13", lambda: re.compile('a').findall('aaa', pos=1.5))
show("sp1", lambda: re.split(r'(,)|(;)', 'a,b;c'))
show("sp2", lambda: re.split(r',', 'a,b,c,d', maxsplit=2))
show("sp3", lambda: re.split(r',', 'a,b,c,d', maxsplit=-1))
show("sp4", lambda: re.split(r'x*', 'axbxc'))
show("sp5", lambda: re.split(r'', 'abc'))
show("sp6", lambda: re.split(r'\s+', '  a  b  '))
show("sp7", lambda: re.split(r'(?=b)', 'abab'))
show("sp8", lambda: re.split(r'\u00e9', 'a\u00e9b\u00e9'))
show("sp9", lambda: re.split(rb'-', bytearray(b'a-b')))
show("sp10", lambda: re.split(r'-', S('a-b')))
show("su1", lambda: re.sub(r'a', 'b', 'aaaa', count=2))
show("su2", lambda: re.subn(r'a', 'b', 'aaaa', -1))
show("su3", lambda: re.sub(r'(a)|(b)', r'[\1\2]', 'abc'))
show("su4", lambda: re.sub(r'(?P<x>\w)', r'\g<x>\g<0>\g<1>', 'ab'))
show("su5", lambda: re.sub(r'\w', lambda m: m.group().upper() * 2, 'ab c'))
show("su6", lambda: re.sub(r'\w', lambda m: None, 'ab c'))
show("su7", lambda: re.sub(r'\w', lambda m: 1, 'ab c'))
show("su8", lambda: re.sub(r'x', 'y', 'abc'))
show("su9", lambda: re.sub(r'\u00e9', '\u4e16', 'caf\u00e9 \u00e9t\u00e9'))
show("su10", lambda: re.sub(r'a', r'\n\t\\', 'a'))
show("su11", lambda: re.sub(r'a', r'\q', 'a'))
show("su12", lambda: re.sub(r'a', r'\2', 'a'))
show("su13", lambda: re.sub(rb'a', rb'\g<0>!', bytearray(b'bab')))
show("su14", lambda: re.sub(r'a', 1, 'a'))
show("su15", lambda: re.sub(r'', '-', ''))
show("su16", lambda: re.sub(r'$', '!', 'a\n'))
show("su17", lambda: re.sub(r'(?m)^', '> ', 'a\nb\n'))
show("su18", lambda: re.sub(r'\s+', ' ', S('a  b')))
show("su19", lambda: re.subn(r'b', 'c', S('aaa')))
show("it1", lambda: [m.span() for m in re.finditer(r'\w*', 'ab c')])
show("it2", lambda: [m.span() for m in re.compile(r'\w*').finditer('ab cd', 1, 4)])

# Flags (I, M, S, X, A; inline and scoped), RegexFlag arithmetic and reprs,
# Pattern attributes, Pattern/Match reprs and equality.
import re

for f in (re.I, re.M, re.S, re.X, re.A, re.U, re.I | re.M | re.S, re.A | re.I, re.NOFLAG):
    p = re.compile('a', f)
    print(repr(p), p.flags, int(f))
print(str(re.I), repr(re.M | re.X), str(re.I | re.S | re.X), re.NOFLAG)
print(re.I | re.M, re.I & re.M, int(re.I | re.S), re.I | 2, 2 | re.M, type(re.I).__name__)
print(re.I == 2, re.IGNORECASE is re.I, re.MULTILINE is re.M, re.DOTALL is re.S, re.VERBOSE is re.X)
print(bool(re.compile('x', re.I | re.M).flags & re.M), re.compile('x').flags & re.I)

print(re.findall(r'a(?i:b)c', 'abc aBc ABC abC'), re.findall(r'(?i)a(?-i:b)c', 'abc aBc ABC Abc'))
print(re.match('a.b', 'a\nb'), re.match('a.b', 'a\nb', re.S), re.match('(?s)a.b', 'a\nb'))
print(re.match(r'(?s:a.)b', 'a\nb'), re.findall(r'.', 'é\n'))
print(re.findall(r'^\w+$', 'one\ntwo\nthree', re.M), re.findall(r'^\w+$', 'one\ntwo'))
print(re.findall(r'(?m)^\w', 'one\ntwo'), re.findall(r'(?m)\w$', 'one\ntwo\n'))
print(re.findall(r'^', 'a\nb\n', re.M), re.findall(r'$', 'a\nb\n', re.M), re.findall(r'$', 'a\nb\n'))
print(re.findall(r'\w+', 'naïve café', re.A), re.findall(r'\w+', 'naïve café'))
print(re.findall(r'[a-c]+', 'ABCabcxyz', re.I), re.findall(r'É', 'éÉ', re.I))
print(re.match(r'HeLLo', 'hello', re.IGNORECASE), re.match(r'(?i)HeLLo', 'HELLO'))
print(re.compile(r'''
    (?P<user>[\w.]+)    # user part
    @                   # at sign
    (?P<host>\w+\.\w+)  # host
''', re.X).match('me.you@ex.com').groupdict())
print(re.match(r'a\ b # c', 'a b', re.X), re.match(r'[#a ]+  # c', 'a #', re.X))
print(re.match(r'(?x) a b c  # comment', 'abc'), re.match(r'(?xi) A B', 'ab'))


p = re.compile(r'(?P<year>\d{4})-(?P<mon>\d\d)(?:-(\d\d))?')
print(p.pattern, p.groups, dict(p.groupindex), sorted(p.groupindex), p.groupindex['mon'])
print(repr(p), repr(re.compile("it's")), repr(re.compile(r'\d+\.\w')), repr(re.compile('a\nb')))
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I))
print(re.compile('a') != re.compile('b'), hash(re.compile('q')) == hash(re.compile('q')))
print(re.compile(p) is p, re.compile(r'x').groups, dict(re.compile('x').groupindex))
print(isinstance(p, re.Pattern), type(p).__name__, type(p.match('2024-05')).__name__)

m = p.search('on 2024-05-06!')
print(m, repr(m), m.re is p, m.string, m.pos, m.endpos)
print(re.search(r".+", "it's \"q\""), re.search(r"a\nb", "xa\nb"), re.search('x*', 'abc'))
print(re.search('é+', 'caféé!'), re.match(r'\t', '\t'), bool(re.match('a', 'a')))
print(isinstance(m, re.Match), m.regs, m.lastindex, m.lastgroup)

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)

# flags from inline groups are part of Pattern.flags (documented)
show(lambda: (re.compile('(?i)ab').flags, re.compile('(?s)x').flags & re.S))
show(lambda: (re.compile('(?i)ab'), re.compile('(?m)^x', re.S)))
# (?a) is the inline spelling of re.ASCII
show(lambda: re.findall(r'(?a)\w+', 'naïve café'))

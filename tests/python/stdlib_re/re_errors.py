# Errors: re.error for bad patterns and templates (only the type is printed,
# messages are implementation-specific), IndexError for bad groups, TypeError
# for non-str arguments, ValueError for bad flag combinations.
import re

def check(label, f):
    try:
        r = f()
    except re.error as e:
        r = 're.error ' + str(isinstance(e, Exception))
    except (IndexError, TypeError, ValueError) as e:
        r = type(e).__name__
    print(label, r)

bad = ['a(', '(a', 'a)', '[a', '*', 'a**', '+a', '?', 'a{3,1}', '[z-a]', '\\', 'a\\',
       r'\q', r'\k<a>', r'(?P<>a)', r'(?P<a', r'(?P=a)', r'(a)\2', r'\8', r'(?<=a+)b',
       r'(?z)', '(?', r'\x4', r'\u12', r'[\d-z]', r'(?P<a>x)(?P=b)', r'(?<!a*)b']
for p in bad:
    check(repr(p), lambda: re.compile(p))
print(issubclass(re.error, Exception), re.error.__name__)
try:
    re.compile('(')
except re.error as e:
    print(type(e).__name__, repr(e.pattern), type(e.msg).__name__)
try:
    re.search('[', 'x')
except Exception as e:
    print('caught', type(e).__name__, isinstance(e, re.error))

for t in [r'\2', r'\g<zz>', r'\g<1', r'\g<>', '\\', r'\q', r'\g<-1>', r'\g<x y>', r'\11']:
    check('tmpl ' + repr(t), lambda: re.sub(r'(a)', t, 'a'))
check('expand', lambda: re.match('(a)', 'a').expand(r'\3'))

m = re.match(r'(?P<a>x)(y)?', 'x')
for g in [3, 'zz', -1, 'A', 1.0, None]:
    check('group ' + repr(g), lambda: m.group(g))
check('group multi', lambda: m.group(1, 5))
check('start', lambda: m.start(5))
check('end', lambda: m.end('nope'))
check('span', lambda: m.span('zz'))
check('getitem', lambda: m[9])
print(m.group(2), m.start(2), m.end(2), m.span(2), m.group(0, 1, 'a'))
try:
    m.group(3)
except IndexError as e:
    print('IndexError:', e)

check('match int', lambda: re.match('a', 1))
check('search None', lambda: re.search('a', None))
check('findall list', lambda: re.findall('a', ['a']))
check('compile int', lambda: re.compile(1))
check('match None pat', lambda: re.match(None, 'a'))
check('sub repl int', lambda: re.sub('a', 1, 'a'))
check('sub str int', lambda: re.sub('a', 'b', 5))
check('sub callable int', lambda: re.sub('a', lambda m: 1, 'a'))
check('split int', lambda: re.split(',', 3))
check('fullmatch float', lambda: re.fullmatch('1', 1.0))
check('str pat bytes', lambda: re.match('a', b'a'))
check('locale', lambda: re.compile('a', re.L))
check('ascii+unicode', lambda: re.compile('a', re.A | re.U))
check('flags on compiled', lambda: re.compile(re.compile('a'), re.I))
check('search flags on compiled', lambda: re.search(re.compile('a'), 'a', re.I))
print(re.compile(re.compile('a', re.I)), re.search(re.compile('b'), 'abc'))

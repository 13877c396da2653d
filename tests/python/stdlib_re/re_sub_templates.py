# sub/subn: numbered and named group references, \g<0>, escapes in templates,
# callables, count, empty matches, Match.expand, and compiled-pattern methods.
import re

print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world foo bar'))
print(re.sub(r'(?P<first>\w+) (?P<last>\w+)', r'\g<last>, \g<first>', 'John Smith'))
print(re.sub(r'(a)', r'\g<1>0', 'banana'))
print(re.sub(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)', r'\10-\1-\g<10>0', 'abcdefghij'))
print(repr(re.sub(r',', r'\t|\n|\\|\r|\a|\f|\v|\b', 'a,b')))
print(repr(re.sub(r',', r'\-\.\/\:\ ', 'a,b')))
print(repr(re.sub(r',', '\\0\\01\\012', 'a,b')))
print(re.sub(r'(a)|(b)', r'[\1\2]', 'abc'))
print(re.sub(r'[aeiou]', r'<\g<0>>', 'education'))
print(re.sub(r'(?P<n>\d+)', r'\g<n>\g<n>', 'x1y22'))
print(re.sub(r'\d', '#', 'a1b2c3d4', count=2), re.sub(r'\d', '#', 'a1b2c3d4', 0))
print(re.subn(r'\s+', ' ', '  a   b  c '), re.subn(r'x', 'y', 'abc'))
print(re.subn(r'\d', '', 'a1b2c3', 1))
print(re.sub(r'x*', '-', 'abxd'), re.sub(r'x*', '-', 'axxb'), re.sub(r'', '-', 'abc'))
print(re.sub(r'a?', '-', 'baac'), re.sub(r'\b', '|', 'ab cd'))
print(repr(re.sub(r'$', '!', 'ab\n')), repr(re.sub(r'(?m)$', '!', 'a\nb\n')))
print(re.sub(r'^', '> ', 'line1\nline2', flags=re.M))
print(re.sub(r'ö', 'oe', 'Köln Göttingen'), re.sub('a', 'x\\\\y', 'cat'))

env = {'name': 'Ann', 'age': '3'}
print(re.sub(r'\$(\w+)', lambda m: env.get(m[1], m[0]), 'Hi $name, $age, $x'))
print(re.sub(r'\$\{(?P<k>\w+)\}', lambda m: env.get(m.group('k'), '?').upper(), '${name}/${zz}'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) + 1), 'v1.9.99', count=2))
calls = []
def rec(m):
    calls.append((m.start(), m.group(), m.lastindex))
    return '<' + m.group() + '>'
print(re.sub(r'(\w)(\d)?', rec, 'a1 b'), calls)
print(re.subn(r'x*', lambda m: str(m.start()), 'axb'))

camel = re.compile(r'(((?<=[a-z])[A-Z])|([A-Z](?![A-Z]|$)))')
for w in ['HTTPResponseCode', 'camelCaseWord', 'Simple', 'ABC']:
    print(w, repr(camel.sub(r' \1', w).strip().lower()))

p = re.compile(r'(?P<key>\w+)=(?P<value>[^;]*);?')
print(p.sub(r'\g<value>:\g<key> ', 'a=1;bb=two;c='))
print(p.subn(r'[\g<0>]', 'a=1;bb=two', 1))
m = p.search('color=red;')
print(m.expand(r'\g<value> is the \1 (\g<key>)\n'), end='')
print(repr(m.expand(r'\2\\\1')))
print(re.sub('a', r'\\', 'banana'), re.sub('a', '$1', 'banana'), re.sub('a', r'\g<0>\g<0>', 'a-a'))
print(re.sub('(?i)HELLO', 'bye', 'Hello hello HELLO'), re.sub('l+', 'L', 'hello', flags=re.I))
print(re.sub(re.compile('b'), 'B', 'abc'), re.sub(r'\s+', '', ' a\tb\nc '))
print(re.sub(r'(\d{3})(\d{3})(\d{4})', r'(\1) \2-\3', 'call 5551234567 now'))
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))

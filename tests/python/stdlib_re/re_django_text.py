# Text utilities in the style of Django's template lexer and django.utils.text,
# plus Match object details they depend on (lastindex, groups/groupdict defaults).
import re

tag_re = re.compile(r'({%.*?%}|{{.*?}}|{#.*?#})')
src = 'Hi {{ user.name|title }}!{% if x %} yes {# note #}{% endif %}{ a } {{}}'
print(tag_re.split(src))
print([(m.start(), m.end(), m.group()[:2]) for m in tag_re.finditer(src)])

filter_re = re.compile(r'''
    ^(?P<var>[\w.]+)              # variable
    (?:\|(?P<filter>\w+)          # filter name
       (?::(?P<arg>"[^"]*"|\w+))? # optional argument
    )?$
''', re.VERBOSE)
for e in ['user.name', 'value|default:"n/a"', 'items|length', 'x|y:z', 'bad var', 'a|']:
    m = filter_re.match(e)
    print(repr(e), m and m.groupdict(), m and (m.lastindex, m.lastgroup))

smart_split_re = re.compile(r"""
    ((?:
        [^\s'"]*
        (?:
            (?:"(?:[^"\\]|\\.)*" | '(?:[^'\\]|\\.)*')
            [^\s'"]*
        )+
    ) | \S+)
""", re.VERBOSE)
print([m[0] for m in smart_split_re.finditer('This is "a person\'s" test. \'x y\' z="1 2" end')])

def slugify(value):
    value = re.sub(r'[^\w\s-]', '', value.lower())
    return re.sub(r'[-\s]+', '-', value).strip('-_')
print([slugify(v) for v in ['Hello, World!', '  Déjà vu -- again  ', 'C++ & Python_3', '---']])
print(re.sub(r'(?u)[^-\w.]', '', 'my file (1).txt'), re.sub(r'<[^>]*?>', '', '<p>Hi <b>there</b></p>'))
camel = re.compile(r'(((?<=[a-z])[A-Z])|([A-Z](?![A-Z]|$)))')
print([camel.sub(r' \1', w).strip().lower() for w in ['HTTPResponse', 'getHTTPCode', 'X']])
print(re.sub(r'\b(\w)(\w*)\b', lambda m: m[1].upper() + m[2].lower(), "it's a NEW day"))
print(re.compile(r'\r\n|\r').sub('\n', 'a\r\nb\rc\n'), end='|\n')
print(re.split(r'\s+', ' leading and trailing '), ' x '.split())

m = re.match(r'((a)(b)?)(c)?', 'ab')
print(m.groups(), m.groups('-'), m.lastindex, m.regs, m.span(3), m.group(3, 4))
m = re.match(r'(?P<k>\w+)(?:=(?P<v>\w+))?', 'flag')
print(m.groupdict(), m.groupdict(''), m.groupdict(default=0), m['k'], m.lastgroup)
print([(x.lastindex, x.lastgroup) for x in [re.match(r'(?P<a>a)(?P<b>b)?', 'ab'),
       re.match(r'((a)b)', 'ab'), re.match(r'(a)|(b)', 'b'), re.match(r'x', 'x'),
       re.match(r'(a)(b)((c)d)', 'abcd'), re.match(r'(?P<o>(?P<i>a))', 'a')]])
print(re.match(r'(a|b)*', 'abab').groups(), re.match(r'(?:(a)|b)+', 'ab').groups())
print(re.match(r'(a+?)(a*)', 'aaa').groups(), re.match(r'(\d{2}){3}', '123456').group(1))
print(re.match(r'(a|ab)(c|bcd)(d*)', 'abcd').groups(), re.fullmatch(r'(.*?)(\d*)', 'abc123').groups())
print([bool(re.fullmatch(r'(\()?\d+(?(1)\))', s)) for s in ['(1)', '1', '(1', '1)']])
print(re.sub(r'(?P<q>["\']).*?(?P=q)', '<s>', 'x="a" y=\'b\' z="c\''))
print(re.findall(r'{\w+}', '{a} {bc} {1,2} {}'), re.findall(r'x{a}|y{', 'x{a} y{'), re.match(r'a{,2}', 'aaa'))
print(re.findall(r'[]a]', ']a'), re.findall(r'[\^a]', '^ab'), re.findall(r'[a\-z]', 'a-mz'))
print(re.findall(r'[\w-]+', 'ab-c d_e'), re.findall(r'[\s,]+', 'a, b\tc'), re.match(r'\012\0', '\n\0'))
print(re.match(r'(?>a+)b', 'aaab'), re.match(r'a++b', 'aaab'), re.match(r'a(?#comment)b', 'ab'))

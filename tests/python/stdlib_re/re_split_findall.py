# split/findall/finditer: capturing groups, optional groups, empty matches
# (Python 3.7+ rules), maxsplit, pos/endpos on compiled patterns.
import re

print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1), re.split(r'\W+', 'Words, words', maxsplit=5))
print(re.split(r'(a)|b', 'xaybz'), re.split(r'((,)|(;))', 'a,b;c'))
print(re.split(r'[a-f]+', '0a3B9', flags=re.IGNORECASE))
print(re.split(r'', 'abc'), re.split(r'x*', 'axbxxc'), re.split(r'x*', ''))
print(re.split(r'(?=[A-Z])', 'HelloWorldFoo'), re.split(r'\b', 'ab c'))
print(re.split(r'^', 'a\nb\n', flags=re.M), re.split(r'$', 'a\nb', flags=re.M))
print(re.split(r'z', 'abc'), re.split(r'x', ''), re.split(r'(x)', 'x'))
print(re.split(r'\s*([,;])\s*', 'a , b;c ;  d', maxsplit=2))
print(re.split(r'\n\s*\n', 'para one\nline\n\n  \npara two\n\npara three'))
print(re.split(r'(?<=[.!?])\s+', 'One. Two! Three? Four'))

print(re.findall(r'\d*', 'a12b'), re.findall(r'', ''), re.findall(r'x?', 'axx'))
print(re.findall(r'(\w+)=(\d+)?', 'a=1 b= c=3'))
print(re.findall(r'((a)(b)?)', 'ab a'), re.findall(r'(x)?y', 'y xy'))
print(re.findall(r'(?:ab)+', 'ababab abc'), re.findall(r'(ab)+', 'ababab abc'))
print(re.findall(r'(?<=\$)\d+(?:\.\d\d)?', '$10 and $20.50, 30'))
print(re.findall(r'<.*?>', '<a><b></b>'), re.findall(r'<.*>', '<a><b></b>'))
print(re.findall(r'\b', 'ab c'), re.findall(r'^|$', 'ab'))
print(re.findall(r'a|', 'aba'), re.findall(r'\w+|\s', 'a b'))
print(re.findall(r'(\w)\1', 'aabbcd ee'), re.findall(r'\d+(?=px)', '10px 20em 30px'))
print(re.findall(r'(?m)^(\w+):\s*(.*)$', 'Host: x.org\nAccept: */*\nbad line\nX-A:'))

print([(m.start(), m.group()) for m in re.finditer(r'a*', 'baaac')])
print([m.groups() for m in re.finditer(r'(\d)(\w)?', '1a2 3')])
print([m.span() for m in re.finditer(r'\d*', 'a12b')])
print([(m.span(), m.lastindex) for m in re.finditer(r'(a)|(b)|c', 'abcx')])
print([m.group() for m in re.finditer(r'(?i)the', 'The other theme THE')])
it = re.finditer(r'\w+', 'one two')
print(type(iter(it)) is type(it), next(it).group(), next(it).group(), next(it, 'done'))

p = re.compile(r'\w')
print(p.findall('abcdef', 2, 4), [m.span() for m in p.finditer('abcdef', 2, 4)])
print(p.findall('abcdef', 4), p.findall('abcdef', 0, 100), p.findall('abcdef', 5, 2))
print(re.compile(r'^\w').findall('abc', 1), re.compile(r'\w$').findall('abc', 0, 2))
print(re.compile(r'(?<=a)b').findall('abab', 1), re.compile(r'b').split('abcbd', 1))
print(re.compile(r'(\d+)-(\d+)').findall('1-2, 10-20, 3-'))

tokens = re.compile(r'\s*(?:(?P<num>\d+\.?\d*)|(?P<name>[A-Za-z_]\w*)|(?P<op>\*\*|[-+*/()=]))')
src = 'x = 3.5 * (y + 12) ** 2'
print([(m.lastgroup, m.group(m.lastgroup)) for m in tokens.finditer(src)])
words = re.findall(r"[a-z']+", "It's a dog's life, isn't it? It's.".lower())
print(sorted(set(words)), len(words))
print(re.findall(r'"((?:[^"\\]|\\.)*)"', r'say "hi \"there\"" and "bye"'))

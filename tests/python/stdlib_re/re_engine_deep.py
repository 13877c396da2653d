# Long texts, many iterations and deeply nested patterns: no Rust stack overflow, CPython's
# RecursionError for nesting past its limit, sre's answers for empty loops.
import re
print(re.match(r'(a|b)*', 'ab' * 100000).span())
print(re.match(r'(?:a|b)*c', 'ab' * 100000))
print(re.match(r'(a*)*b', 'a' * 25))
print(re.search(r'(x+x+)+y', 'x' * 12))
print(len(re.findall(r'\w+', 'word ' * 100000)))
print(re.match(r'(?:(?:(?:a)*)*)*b', 'a' * 1000 + 'b').span())
print(re.fullmatch(r'.*?x', 'a' * 100000 + 'x').span())
print(re.match('(' * 90 + 'a' + ')' * 90, 'a').span())
print(re.match(r'(?=(a+))a*b\1', 'baaabac'))
print(re.search(r'(?=(a+))a*b\1', 'baaabac').span())
try:
    re.compile('(' * 1000 + 'a' + ')' * 1000)
    print("deep ok")
except RecursionError as e:
    print("RecursionError")
for m in (100, 490, 520):
    for p in ('(' * m + 'a' + ')' * m, '(?:' * m + 'a' + ')' * m, '(?=' * m + 'a' + ')' * m, '(?:a|' * m + 'b' + ')' * m, '(?>a*' * m + ')' * m):
        try:
            print(m, bool(re.match(p, 'a')))
        except RecursionError:
            print(m, "RecursionError")

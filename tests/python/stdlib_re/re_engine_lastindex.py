# Match.lastindex and lastgroup: the last group to close on the match's path.
import re
for p, s in [(r'(a)(b(c))', 'abc'), (r'(?=(ab))(a)', 'ab'), (r'(a)|b', 'b'), (r'(?:(a)|(b))*', 'ba'),
             (r'((a)|b)+', 'ab'), (r'(?P<x>a)(?P<y>b)?', 'a'), (r'(?P<x>a)(?P<y>b)?', 'ab'), (r'(a)(?<=(a))', 'a'),
             (r'(?>(a)b|a)', 'a'), (r'(a)?(?(1)b|c)', 'c'), (r'((a)b)c', 'abc'), (r'x', 'x'), (r'(a*)+', 'b'),
             (r'(?:(a)|b)(?!(c))', 'ab'), (r'(a)(b)(?:c|(d))', 'abc')]:
    m = re.search(p, s)
    print(p, s, m and (m.lastindex, m.lastgroup, m.groups()))

# Pattern.scanner (match/search going on where the last match ended) and re.Scanner.
import re

p = re.compile(r'\d+|x*')
s = p.scanner('12x345yy6')
print([m.span() if m else None for m in [s.match(), s.match(), s.match(), s.match(), s.match()]])
s = p.scanner('12x345yy6')
print([m.span() if m else None for m in [s.search() for _ in range(8)]])
s = re.compile(r'a').scanner('banana', 2, 5)
print([m.span() if m else None for m in [s.search(), s.search(), s.search()]])
print(s.pattern.pattern)

def ident(scanner, token):
    return ("IDENT", token)

scanner = re.Scanner([
    (r"[a-zA-Z_]\w*", ident),
    (r"\d+\.\d*", lambda s, t: ("FLOAT", float(t))),
    (r"\d+", lambda s, t: ("INT", int(t))),
    (r"=|\+|-|\*|/", lambda s, t: ("OP", t)),
    (r"\s+", None),
])
print(scanner.scan("x = 3 + 4.5 * y_1 - 10 ?rest"))
print(scanner.scan(""))
print(re.Scanner([(r"a", "A"), (r"b", lambda s, t: s.match.span())]).scan("abab"))

# Match.groups()/groupdict() with defaults, non-ASCII text, str subclasses, named and
# unnamed groups that did not take part, and group numbers given as bools.
import re
m = re.search(r"(?P<a>x)(y)?(?P<é>z)|(q)", "ééxzq")
print(m.groups(), m.groups("d"), m.groupdict(), m.groupdict(0), m.group(0, 1, "a"), m[3], m.span(3))
class S(str): pass
m = re.match(r"(\w+) (\w+)?", S("héllo "))
print(m.groups(), m.groupdict(), m.groups(default=5), type(m.groups()[0]))
print(re.match("a", "a").groups(), re.match("a", "a").groupdict())
try: m.group(7)
except IndexError as e: print(e)
print(m.group(True), m.start(False))

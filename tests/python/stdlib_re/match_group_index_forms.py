# Match.start/end/span/group/[] with every kind of group reference: plain ints in and
# out of range, negative, bools, int subclasses, names, and wrong types.
import re

class I(int):
    pass

m = re.search(r"(?P<a>x)(y)?(z)", "..xz..")
for g in (0, 1, 2, 3, True, False, I(1), I(3), "a", -1, 4, I(9), "b", 1.0, None):
    row = []
    for f in (m.start, m.end, m.span, m.group, m.__getitem__):
        try:
            row.append(f(g))
        except Exception as e:
            row.append("%s: %s" % (type(e).__name__, e))
    print(repr(g), row)
print(m.start(), m.end(), m.span(), m.group())
print(re.compile("a").search("bab", 1, 2), re.compile("a").search("bab", 2))
print(re.compile("a").match("ab"), re.compile("a").match("ba"), re.compile("a").fullmatch("a"))
print(re.compile("a").fullmatch("ab"), re.compile("b").match("ab", 1).span())

class S(str):
    pass

print(re.compile("(b)").search(S("abc")).group(1), re.compile("b").search(S("abc")).string)
for bad in (b"ab", 5, None):
    try:
        re.compile("a").search(bad)
    except TypeError as e:
        print("TypeError:", e)
for args in (("ab", 0.0), ("ab", 0, 2.0), ("ab", True)):
    for f in (re.compile("(a)(b)?").search, re.compile("(a)").match,
              re.compile("ab").fullmatch):
        try:
            print(f(*args))
        except TypeError as e:
            print("TypeError:", e)

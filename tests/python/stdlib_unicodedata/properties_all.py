# unicodedata's properties of every code point (surrogates left out: metal's str cannot
# hold them), against CPython's database (Unicode 14.0.0): for each property a count of
# the code points per value and a hash over them all, so any difference shows. Planes 4
# to 13 (unassigned) and 15-16 (private use) get the category and a few properties only.
import sys
import unicodedata as u

CHARS = [chr(cp) for cp in list(range(0x40000)) + list(range(0xE0000, 0xF0000))
         if not 0xD800 <= cp <= 0xDFFF]
REST = [chr(cp) for cp in list(range(0x40000, 0xE0000)) + list(range(0xF0000, 0x110000))]
print(u.unidata_version)


def report(name, f):
    # Each value numbered by its first appearance, in code point order.
    index = {}
    counts = []
    h = 0
    for c in CHARS:
        v = f(c)
        i = index.setdefault(v, len(index))
        if i == len(counts):
            counts.append(0)
        counts[i] += 1
        h = (h * 1000003 + i * 7919 + ord(c)) % 2305843009213693951
    print(name, h, len(index))
    print("  ", sorted(zip(counts, index), key=lambda kv: (-kv[0], str(kv[1])))[:12])


report("category", u.category)
report("bidirectional", u.bidirectional)
report("combining", u.combining)
report("east_asian_width", u.east_asian_width)
report("mirrored", u.mirrored)
report("decimal", lambda c: u.decimal(c, -1))
report("digit", lambda c: u.digit(c, -1))
report("numeric", lambda c: str(u.numeric(c, None)))
report("decomposition", u.decomposition)
print("rest", sorted(set(u.category(c) + u.bidirectional(c) + u.east_asian_width(c)
                         + u.decomposition(c) + str(u.combining(c)) for c in REST)))

for c in "a\u00e9\u0bbe\u2155\u00bd\u4e00\U00020001\u2160\u0663\u00b2\u1c89\ue000\U0010fffd":
    print("%x" % ord(c), u.category(c), u.bidirectional(c), u.combining(c),
          u.east_asian_width(c), u.mirrored(c), u.decimal(c, None), u.digit(c, None),
          u.numeric(c, None), repr(u.decomposition(c)))

for f in (u.category, u.bidirectional, u.combining, u.east_asian_width, u.mirrored,
          u.decomposition, u.decimal, u.digit, u.numeric, u.name):
    for arg in (1, "ab", "", None, b"a"):
        try:
            print(f.__name__, repr(arg), f(arg))
        except TypeError as e:
            print(f.__name__, repr(arg), type(e).__name__, e)
for f, c in ((u.decimal, "x"), (u.digit, "x"), (u.numeric, "x"), (u.decimal, "\u00b2"),
             (u.name, "\ue000")):
    try:
        print(f.__name__, repr(c), f(c))
    except ValueError as e:
        print(f.__name__, repr(c), type(e).__name__, e)
    print(f.__name__, repr(c), f(c, "default"))
for f in (u.category, u.name):
    for args in ((), ("a", "b", "c")):
        try:
            f(*args)
        except TypeError as e:
            print(type(e).__name__, e)
print(u.category, u.name)

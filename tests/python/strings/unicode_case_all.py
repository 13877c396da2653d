# The case methods on every code point (surrogates left out), against CPython's
# character database (Unicode 14.0.0): for each, how many characters it changes and a
# hash of what it makes of them; then the characters Unicode gave case mappings after
# 14.0 (they map to themselves here), and the final-sigma rule across case-ignorables.
import re
import sys

CHARS = [chr(cp) for cp in range(sys.maxunicode + 1) if not 0xD800 <= cp <= 0xDFFF]

for name in ["lower", "upper", "title", "casefold", "swapcase", "capitalize"]:
    f = getattr(str, name)
    n = h = 0
    for c in CHARS:
        m = f(c)
        if m != c:
            n += 1
            for x in m:
                h = (h * 1000003 + ord(c) * 31 + ord(x)) % 2305843009213693951
    print(name, n, h)

for c in "\u1c89\u1c8a\ua7cb\ua7cc\ua7cd\ua7d2\ua7dc\u0264\u019b\U00010d50\U00010d70\U00016ea0":
    print("%x" % ord(c), ascii(c.lower()), ascii(c.upper()), ascii(c.title()),
          ascii(c.casefold()), ascii(c.swapcase()),
          re.match("(?i)" + c, c.upper()) is not None,
          re.match("(?i)" + c, c.lower()) is not None)

# Pairs that are each other's case in newer Unicode only.
for a, b in ["\u0264\ua7cb", "\u1c89\u1c8a", "\u019b\ua7dc", "\ua7d3\ua7d2", "\u0101\u0100"]:
    print("%x %x" % (ord(a), ord(b)), re.match("(?i)" + a, b) is not None,
          re.match("(?i)" + b, a) is not None, re.match("(?i)[%s]" % a, b) is not None,
          a.casefold() == b.casefold())

# A capital sigma ends a word when a cased letter comes before it and none after,
# case-ignorable characters (apostrophes, combining marks, modifier letters…) skipped.
for s in ["ΑΣ", "ΑΣ.", "Α'Σ", "Α\u0301Σ", "Α\u02b0Σ", "ΑΣ\u0301", "ΑΣ\u0301Α", "ΑΣ'Α",
          "ΑΣ\u00adΑ", "Α\u00b7Σ", "Α\u2019Σ Β", "Σ", "Α\u1dc0Σ", "ΑΣ\u2e2fα", "Α\ufe13Σ",
          "Α\U000e0001Σ", "Α\u05f4Σ", "Α\u02bbΣ x", "ǅΣ", "\u2160Σ", "ⓐΣ"]:
    print(ascii(s), ascii(s.lower()), ascii(s.title()), ascii(s.swapcase()),
          ascii(s.capitalize()), s.islower(), s.isupper(), s.istitle())

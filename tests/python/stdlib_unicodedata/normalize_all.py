# The four normalization forms of every code point (surrogates left out) and of some
# strings, against CPython's unicodedata (Unicode 14.0.0).
import sys
import unicodedata as u

CHARS = [chr(cp) for cp in range(sys.maxunicode + 1) if not 0xD800 <= cp <= 0xDFFF]
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    n = h = 0
    for c in CHARS:
        t = u.normalize(form, c)
        if t != c:
            n += 1
            for x in t:
                h = (h * 1000003 + ord(x) + ord(c)) % 2305843009213693951
    print(form, n, h, sum(u.is_normalized(form, c) for c in CHARS[:0x3000]))

samples = ["e\u0301", "\u00e9", "q\u0301\u0323", "\u1e0b\u0323", "\u1100\u1161\u11a8",
           "\uac00\u11a8", "\u1100\u1161\u0301\u11a8", "\ufb01", "\u2460", "A\u030a\u0301",
           "\u212b", "\u0344", "\u0f73", "\u1fd3\u0301", "a\u0328\u0301\u0328", "\u0958",
           "\u00c5\u0327", "\u0301e", "\u3300", "\ufdfa", "\U0001d15e", "x\u0300\u0316\u0300"]
for s in samples:
    print(ascii(s), [ascii(u.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")],
          [u.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")])
for args in (("NFX", "a"), ("NFC", 1), (1, "a"), ("nfc", "a")):
    try:
        print(u.normalize(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
s = "plain ascii"
print(u.normalize("NFC", s) is s, u.normalize("NFD", "\u00e9") == "e\u0301")

# Instances of str subclasses are str here too; a normalized one is returned itself.
class S(str):
    pass


print(u.category(S("a")), u.name(S("\u2014")), u.normalize("NFD", S("\u00e9")) == "e\u0301",
      u.lookup(S("em dash")), u.normalize(S("NFC"), "x"), type(u.normalize("NFC", S("x"))).__name__,
      u.is_normalized("NFC", S("\u00e9")))

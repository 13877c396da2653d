# The str predicates and re's \w, \d, \s over every code point (surrogates left out),
# against CPython's character database (Unicode 14.0.0): for each, the number of code
# points where it holds, the number of runs, and a hash of the runs' bounds, so any
# difference shows; then the runs themselves for the smaller sets.
import re
import sys

CPS = [cp for cp in range(sys.maxunicode + 1) if not 0xD800 <= cp <= 0xDFFF]
CHARS = [chr(cp) for cp in CPS]


ALL = "".join(CHARS)


def runs(cps):
    out = []
    start = prev = None
    for cp in cps:
        if prev is None or cp != prev + 1:
            if start is not None:
                out.append((start, prev))
            start = cp
        prev = cp
    if start is not None:
        out.append((start, prev))
    return out


def report(name, cps, show=False):
    rs = runs(cps)
    h = 0
    for a, b in rs:
        h = (h * 1000003 + a * 7 + b) % 2305843009213693951
    print(name, sum(b - a + 1 for a, b in rs), len(rs), h)
    if show:
        print("  ", " ".join("%x-%x" % (a, b) if a != b else "%x" % a for a, b in rs))


for name in ["isalpha", "isalnum", "isdecimal", "isdigit", "isnumeric", "isprintable",
             "isspace", "islower", "isupper", "istitle", "isidentifier"]:
    f = getattr(str, name)
    report(name, [ord(c) for c in CHARS if f(c)],
           show=name in ("isdecimal", "isdigit", "isspace"))

report("continues identifier", [ord(c) for c in CHARS if ("a" + c).isidentifier()])

report(r"re \w", [ord(c) for c in re.findall(r"\w", ALL)])
report(r"re \W", [ord(c) for c in re.findall(r"\W", ALL)])
report(r"re \d", [ord(c) for c in re.findall(r"\d", ALL)])
report(r"re \s", [ord(c) for c in re.findall(r"\s", ALL)], show=True)
report(r"re ASCII \w", [ord(c) for c in re.findall(r"\w", ALL, re.ASCII)], show=True)
report(r"re IGNORECASE \w", [ord(c) for c in re.findall(r"(?i)\w", ALL)])
# \b and \B between each character and the letter 'a' around it (a boundary unless
# the character is \w too), marked by re.sub with NUL ('a' and NUL themselves left out).
text = "a" + "a".join(c for c in CHARS if c not in "a\0") + "a"
for pat in (r"\b", r"\B"):
    pieces = re.sub(pat, "\0", text).split("a")[1:-1]
    report("re " + pat, [ord(p.strip("\0")) for p in pieces if p.startswith("\0")])
print(len(re.findall(r"\w+", ALL)), len(re.split(r"\W+", ALL)))

# The characters that told Rust's Alphabetic property apart from CPython's isalpha.
for c in "\u0bbe\u0bbf\u0903\u093e\u0345\u05b0\u2160\u24b6\u00aa\u02b0\u3005":
    print("%04x" % ord(c), c.isalpha(), c.isalnum(), c.isidentifier(),
          ("x" + c).isidentifier(), re.findall(r"\w+", "x" + c + "y"),
          re.findall(r"\b", "x" + c + "y"))
# Characters newer than Unicode 14 are unassigned here: not letters, not printable.
for c in "\u1c89\u1c8a\ua7cb\U0001f6dc\U00010d50\U0002ebf0":
    print("%x" % ord(c), c.isalpha(), c.isprintable(), c.isupper(), c.islower(),
          repr(c), c.isidentifier())
# Strings mixing cases.
for s in ["\u01c5a", "a\u01c5", "\u01c5", "A\u01c5", "\u02b0", "\u2160", "\u24d0",
          "\u1d2c", "\u0345", "Ab\u01c5", "\u01c5b Cd", "\u00aa"]:
    print(repr(s), s.islower(), s.isupper(), s.istitle(), s.swapcase(), s.isalpha())
for s in ["\u3000 12", "12\x1c", "\x8512", "12\u2003", " 1.5\u2029"]:
    for f in (int, float, complex):
        try:
            print(repr(s), f.__name__, f(s))
        except ValueError as e:
            print(repr(s), f.__name__, type(e).__name__, e)
for s in ["\u3000 01", "\x1c01", "\x0b01", "\x8501", "01 \t"]:
    try:
        print(repr(s), bytes.fromhex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
try:
    print(float.fromhex("0x1p0\u3000"))
except ValueError as e:
    print(type(e).__name__, e)

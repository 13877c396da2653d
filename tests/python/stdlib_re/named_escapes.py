# \N{...} in str patterns: CPython 3.11's names (Unicode 14.0.0) and aliases, any case;
# errors for unknown names, named sequences and malformed escapes; bytes patterns have
# no \N.
import re

for p in [r"\N{EM DASH}", r"[\N{EM DASH}a]+", r"\N{em dash}", r"\N{LATIN CAPITAL LETTER GHA}",
          r"[\N{LATIN SMALL LETTER A}-\N{LATIN SMALL LETTER C}]+", r"(?i)\N{LATIN SMALL LETTER E WITH ACUTE}",
          r"\N{HANGUL SYLLABLE GA}", r"\N{XX}", r"a\N{LATIN SMALL LETTER R WITH TILDE}",
          r"\N{CYRILLIC CAPITAL LETTER TJE}", r"\N", r"\N{", r"\N{}", r"\N{EM", r"[\N{XX}]",
          r"\N{EM DASH}{2}"]:
    try:
        print(p, re.findall(p, "ab\u2014\u2014c\u01a2\u00c9\uac00"))
    except re.error as e:
        print(p, "re.error:", e, e.pos)
for p in [rb"\N{EM DASH}", rb"[\N{EM DASH}]"]:
    try:
        re.compile(p)
    except re.error as e:
        print(p, "re.error:", e, e.pos)
print(re.sub(r"\N{EM DASH}", "-", "a\u2014b"), re.escape("\u2014"))

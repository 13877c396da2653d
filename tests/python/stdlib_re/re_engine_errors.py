# re.error: CPython 3.11's messages, pos, lineno, colno and pattern.
import re

def err(p, flags=0):
    try:
        re.compile(p, flags)
    except re.error as e:
        print(repr(p), "->", "error:", e, "|", repr(e.msg), e.pos, e.lineno, e.colno, repr(e.pattern))
    except Exception as e:
        print(repr(p), "->", type(e).__name__, e)
    else:
        print(repr(p), "-> ok")

for p in ["(", "(abc", "abc)", ")", "[a", "[", "[]", "[^]", "a**", "a*+*", "*", "+a", "a{3,2}", "{", "a{", "x{1,2}{3}",
          "(?", "(?P", "(?Px)", "(?P<", "(?P<a", "(?P<1a>x)", "(?P<a>x)(?P<a>y)", "(?P=b)", "(?P=a)(?P<a>x)", "(?P<a>(?P=a))",
          "(?<", "(?<x)", "(?#abc", "(?z)", "(?i", "(?i-", "(?-i)", "(?i-i:a)", "(?a-u:x)", "(?au)", "(?L)", "(?t:x)",
          "a(?i)b", "(?x)(?i)b", "\\", "a\\", "\\q", "[\\q]", "\\x1", "\\x", "\\u12", "\\U0011ffff", "\\U00110000", "\\8", "\\1", "(a)\\2",
          "(a\\1)", "\\400", "[\\400]", "[z-a]", "[a-\\d]", "[\\w-z]", "(?(1)a|b|c)", "(?(1)a)", "(?(a)x)", "(?(0)x)", "(?(x1)y)", "(?(2)a)(b)", "(?(2)a)",
          "(?<=a+)b", "(?<!a|bc)d", "(?<=(a)|b)c", "(?<=a|b)c", "(?<=(?P<n>a)(?P=n))b", "(a)(?<=\\1)", "x{99999999999}", "\n(\n", "ab\n  (cd\n",
          "a|*", "^*", "\\b+", "(?=a)*", "(?>x", "(?>)", "a{,}", "a{}", "a{,3}", "a{2,}?", "a{,3}+"]:
    err(p)
err(b"(", 0)
err(b"\\u1234", 0)
err("(?u)x", re.A)
err(b"(?u)x")
err(b"x", re.U)
err("x", re.L)
err("(a)" * 3 + "\\4")

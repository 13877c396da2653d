# Identifiers by CPython 3.11's Unicode (14.0.0): a character Unicode added later is
# unassigned there ("invalid non-printable character"); a character no identifier may
# hold is "invalid character"; NFKC-equal names are one name.
sources = ["x\u1c89 = 1", "\u1c89x = 1", "def f(a\U00010d50): pass", "y = 1\nab\U0002ebf0 = 2\n",
           "import m\u1c8a", "x.a\ua7cb = 1", "\u00e9t\u00e9 = 1", "\u0bb5\u0bbe = 2",
           "\u1e9e = 1", "\U0001e030 = 1", "\u0d81 = 1", "a\u0f0ax = 1"]
for src in sources:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "->", e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset), repr(e.text))
ﬁ = 1
print(fi)

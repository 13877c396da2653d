# \N{...} in string literals: CPython 3.11's names (Unicode 14.0.0) and aliases, any
# case; a name unknown there (a named sequence, a name Unicode gave later) or a
# malformed escape, or a truncated \x, \u or \U, is a SyntaxError with CPython's
# message, position and location.
print(ascii("\N{EM DASH}"), ascii("\N{em dash}"), ascii("\N{LATIN CAPITAL LETTER GHA}"),
      ascii("\N{HANGUL SYLLABLE GA}\N{CJK UNIFIED IDEOGRAPH-4E00}"), ascii(f"\N{EM DASH}{1}"),
      ascii(r"\N{EM DASH}"), ascii(b"\N{EM DASH}"), ascii("\\N{XX}"), ascii(f"{1:\N{EM DASH}^5}"))

sources = [
    '"\\N{XX}"', 'x = "\\N{XX}"\n', 'x = "ab\\N{XX}"', 'x = "\u00e9\\N{XX}"', 'x = "\\\u00e9\\N{XX}"',
    'x = "\\N{CYRILLIC CAPITAL LETTER TJE}"', 'x = "\\N{LATIN SMALL LETTER R WITH TILDE}"',
    'x = "\\N{EM DASH}\\N{XX}"', 'x = "\\N{XX"', 'x = "\\N"', 'x = "\\Nx"', 'x = "\\N{}"',
    'x = f"{{\\N{XX}"', 'x = f"ab{{cd\\N{XX}"', 'x = f"{1}{{\\N{XX}"', 'x = f"\\N{XX}{1}"',
    'x = f"a{1:\\N{XX}}"', 'x = f"{x!r}\\N{XX}"', "x = (\n  'a'\n  '\\N{XX}'\n  'b')\n",
    "x = '\\N{EM DASH}' + '\\N{XX}'  # note\n", "x = '''a\n\\N{XX}'''\n", 'x = u"\\N{XX}"',
    'x = rb"\\N{XX}"', 'x = r"\\N{XX}"', 'x = "a\\\\N{XX}"', 'x = ["\\N{XX}",\n 2]',
    'x = "\\N{XX}"; y = 1', 'x = "\\N{CYRILLIC CAPITAL LETTER TJE}" "\\N{XX}"',
    'def f():\n    return "\\N{YY}"\n',
    # The other escapes that can be bad: \x, \u, \U too short, \U past U+10FFFF.
    'x = "\\x1"', 'x = "\\x"', 'x = "ab\\xg1"', 'x = "\\u12"', 'x = "\\u12345"',
    'x = "\\U0011"', 'x = "\\U00110000"', 'x = "\u00e9\\x1"', 'x = f"{1}\\x1"',
    'x = "\\x1" "\\N{XX}"', 'x = "\\N{XX}\\x1"', 'x = "\\U0010ffff\\x4"', 'x = b"\\x1"',
    'x = b"ab\\x4g"', 'x = b"\\u12\\N{XX}"', 'x = "\\777"', 'x = """\n\\x1"""',
    'x = rb"\\x1"', 'x = br"\\x1" + b"\\x1"',
]
for src in sources:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "->", e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset), repr(e.text))

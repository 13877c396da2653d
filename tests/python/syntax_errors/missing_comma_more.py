# CPython's "Perhaps you forgot a comma?" rule (invalid_expression): two expressions side
# by side where the grammar asks for one expression, inside brackets. Plus the legacy
# print/exec rule that shares its machinery, and the places where neither applies.
cases = [
    "f(a b)",
    "[1 2]",
    "x = (a b c)",
    "{1: 2 3}",
    "{a b: 1}",
    "(1 + 2 3 * 4)",
    "f(a, b c)",
    "f(a b, c d)",
    "(x if y else z w)",
    "(a 1 if x else 2)",
    "(lambda: 1 2)",
    "f(not a b)",
    "f(a.b c.d)",
    "foo(a=1 b)",
    "f(*a b)",
    "f(**a b)",
    "x[a:b c]",
    "x[a, b c]",
    "(x := a b)",
    "(a b := 1)",
    "def f(x=a b): pass",
    "(lambda x=a b: 1)",
    "class C(a b): pass",
    "@f(a b)\ndef g(): pass",
    "with (a b): pass",
    "x = [1,\n     2 3]",
    "f(a\n\n  b)",
    "print(f'{x}' y)",
    "f(x.y 's')",
    # not this rule: outside brackets, NAME STRING, soft keywords, comprehension parts
    "a b",
    "f(a 'b')",
    "(a 'x' 'y')",
    "f(match x)",
    "[x for x in y z]",
    "[x for x in y if a b]",
    "def f(a b): pass",
    "{**a b}",
    # the legacy print/exec statements
    "print a",
    "print a, b",
    "print a b",
    'print "hello"',
    'exec "x"',
    "f(print a, b)",
    "(print a)",
    "print -1",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "|", e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))

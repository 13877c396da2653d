# A SyntaxError found by CPython's compiler (not its parser) takes its text from the file
# its filename names: None for a string compiled as "<s>", that file's line otherwise.
for src, fn in [("return 1", "<s>"), ("x = 1\nbreak", "<s>"),
                ("def f():\n    x = 1\n    global x", "<s>"),
                ("def f():\n    print(x)\n    global x", "<s>"),
                ("def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n        nonlocal x", "<s>"),
                ("def f(a):\n    global a", "<s>"),
                ("def f():\n    global x\n    x = 1\n    global x", "<s>"),
                ("def f():\n    global x\n    print(x)\n    global x", "<s>"),
                ("def f():\n    global x\n    global x\n    x = 1", "<s>"),
                ("return 1", __file__), ("nonlocal x", __file__), ("a b", "<s>")]:
    try:
        compile(src, fn, "exec")
    except SyntaxError as e:
        print(repr(e.msg), repr(e.text), e.lineno, e.offset, e.end_lineno, e.end_offset)

# Uncaught: the traceback shows no source line for it.
compile("x = 1\nwhile x:\n    pass\ncontinue", "<s>", "exec")

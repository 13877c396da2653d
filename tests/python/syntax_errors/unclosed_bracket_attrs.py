# The attributes of "'(' was never closed": no end column, and the bracket's line
# without its newline when the statement goes on past it.
for src in ["x = (1,\n2\n", "f(1, 2", "x = [1, 2,\n  3", "d = {1: 2,\n", "a = (\n",
            "x = (1,\n\n", "x = (1,\n# c\n", "y = 1\nx = (1,\n2\n", "x = (1,\r\n2\r\n"]:
    try:
        compile(src, "f", "exec")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)

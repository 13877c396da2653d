# The wording of "expected an indented block after ..." for every kind of block header.
headers = [
    "class A:", "def f():", "async def f():", "try:", "try:\n    pass\nexcept E:",
    "try:\n    pass\nexcept* E:", "with a:", "while 1:", "if 1:\n    pass\nelse:",
    "if 1:\n    pass\nelif 2:", "match x:\n    case 1:", "try:\n    pass\nfinally:",
    "for x in y:\n    pass\nelse:", "for x in y:", "async def f():\n    async with a:",
    "async def f():\n    async for a in b:",
]
for h in headers:
    for tail in ["\n", "\nnext_line()\n"]:
        try:
            compile(h + tail, "f", "exec")
        except IndentationError as e:
            print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

# The line after the header is dedented: to an enclosing level, or to none.
for src in ["match x:\n    case 1:\nnext_line()\n", "if 1:\n    if 2:\n\n# c\n  x = 1\n",
            "if 1:\n    if 2:\n  x = 1\n", "if 1:\n  if 2:\n    while 3:\n  y()\n"]:
    try:
        compile(src, "f", "exec")
    except IndentationError as e:
        print(repr(src), e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)

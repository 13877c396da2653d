# An unparenthesized generator expression beside other arguments: CPython's SyntaxError and its range.
for src in ["f(x for x in y, 1)", "f(1, x for x in y)", "class C(x for x in y, 1): pass", "f(x for x in y, )", "f(x for x in y, *a)", "f(x for x in y, k=1)", "x = a, b for b in c", "f(*a, x for x in y)", "del (x for x in y), 1"]:
    try: compile(src, "<s>", "exec"); print("ok", src)
    except SyntaxError as e: print(repr(src), e.msg, e.offset, e.end_offset)

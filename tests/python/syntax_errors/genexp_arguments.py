# Unparenthesized generator expressions among arguments, and starred elements of
# comprehensions: the messages and ranges of compile().
a = ["f(a=1, *x for x in y)", "f(*x for x in y)", "f(**x for x in y)", "f(a=1, x for x in y)", "f(x for x in y, a=1)", "f(a, x for x in y)", "f(x for x in y, 1)", "f(1, *x for x in y)", "f(**k, x for x in y)", "f(*a, x for x in y)", "f(a=1, *x)", "f(a=1, **x for x in y)","f(x for x in y for z in w, 2)", "class C(x for x in y): pass", "f(a=1, *(x for x in y))", "f(*a, *x for x in y)"]
b = ["[*x for x in y]", "{*x for x in y}", "(*x for x in y)", "f(*x for x in y)", "f(*x for x in y, 1)", "f(a=1, *x for x in y)", "f(1, a=1, *x for x in y)", "f(a=1, *x for x in y, 2)", "class C(x for x in y): pass", "class C(a, x for x in y): pass", "class C(*x for x in y): pass", "f(**k, *x for x in y)", "f(a=1, x for x in y if z)", "f(b, a=1, x for x in y)", "g(f(a=1, *x for x in y))", "f(a=1,\n  x for x in y)"]
c = ["f(a=1, **k, *x for x in y)", "f(1, **k, *x for x in y)", "f(*a, a=1, *x for x in y)", "f(a=1, *b, *x for x in y)", "f(**k, *x for x in y, 1)", "class C(a=1, x for x in y): pass", "class C(x for x in y, a): pass", "class C(a=1, *x for x in y): pass", "f(x=1, *x for x in y for z in w)", "f(**k, *x)", "f(a=1, **k, *x)", "f(x, *x for x in y)", "f(*x for x in y for z in w)","class C(metaclass=M, *x for x in y): pass", "class C(b, *x for x in y): pass"]
for s in a + b + c:
    try:
        compile(s, "<s>", "exec")
        print(repr(s), "ok")
    except SyntaxError as e:
        print(repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

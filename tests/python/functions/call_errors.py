def f(a, b):
    return a + b


def g(a, b=1, *, c):
    return a


def h():
    return None


five = 5
text = "s"
nothing = None
cases = [
    ("f(1)", lambda: f(1)),
    ("f()", lambda: f()),
    ("f(1, 2, 3)", lambda: f(1, 2, 3)),
    ("f(1, 2, z=3)", lambda: f(1, 2, z=3)),
    ("f(1, a=1)", lambda: f(1, a=1)),
    ("f(b=1)", lambda: f(b=1)),
    ("g()", lambda: g()),
    ("g(1)", lambda: g(1)),
    ("g(1, 2, 3)", lambda: g(1, 2, 3)),
    ("g(1, 2, 3, c=4)", lambda: g(1, 2, 3, c=4)),
    ("h(1)", lambda: h(1)),
    ("h(x=1)", lambda: h(x=1)),
    ("f(*[1, 2, 3])", lambda: f(*[1, 2, 3])),
    ("f(**{'a': 1, 'c': 2})", lambda: f(**{"a": 1, "c": 2})),
    ("f(1, **{'a': 2})", lambda: f(1, **{"a": 2})),
    ("(lambda x: x)()", lambda: (lambda x: x)()),
    ("f(*5)", lambda: f(*5)),
    ("f(**[1])", lambda: f(**[1])),
    ("five()", lambda: five()),
    ("text()", lambda: text()),
    ("nothing()", lambda: nothing()),
]
for text, fn in cases:
    try:
        fn()
    except TypeError as e:
        print(text, "->", e)

a = [1, 2, 3]
tests = [
    ("a.remove(9)", lambda: a.remove(9)),
    ("a.pop(10)", lambda: a.pop(10)),
    ("[].pop()", lambda: [].pop()),
    ("a.index(9)", lambda: a.index(9)),
    ("a.index(1, 1)", lambda: a.index(1, 1)),
    ("a[3]", lambda: a[3]),
    ("a[-4]", lambda: a[-4]),
    ("a['x']", lambda: a["x"]),
    ("a[1.0]", lambda: a[1.0]),
    ("a.insert(1)", lambda: a.insert(1)),
    ("a.append(1, 2)", lambda: a.append(1, 2)),
    ("a + (4,)", lambda: a + (4,)),
    ("a * 'x'", lambda: a * "x"),
    ("a.pop('x')", lambda: a.pop("x")),
]
for text, fn in tests:
    try:
        print(text, "=", fn())
    except (IndexError, ValueError, TypeError) as e:
        print(text, "->", type(e).__name__ + ":", e)


def assign():
    a[5] = 0


try:
    assign()
except IndexError as e:
    print(type(e).__name__, e)
try:
    del a[7]
except IndexError as e:
    print(type(e).__name__, e)
print(a)

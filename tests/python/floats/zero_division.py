ops = [
    ("1 / 0", lambda: 1 / 0),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1 / 0.0", lambda: 1 / 0.0),
    ("1 // 0", lambda: 1 // 0),
    ("1.0 // 0", lambda: 1.0 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("1.0 % 0", lambda: 1.0 % 0),
    ("1 % 0.0", lambda: 1 % 0.0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("divmod(1.0, 0.0)", lambda: divmod(1.0, 0.0)),
    ("2 ** 100 / 0", lambda: 2 ** 100 / 0),
    ("2 ** 100 // 0", lambda: 2 ** 100 // 0),
    ("0.0 ** -1", lambda: 0.0 ** -1),
    ("0 ** -1", lambda: 0 ** -1),
    ("True / False", lambda: True / False),
    ("1j / 0", lambda: 1j / 0),
    ("pow(0, -2)", lambda: pow(0, -2)),
]
for text, fn in ops:
    try:
        print(text, "=", fn())
    except ZeroDivisionError as e:
        print(text, "->", type(e).__name__ + ":", e)

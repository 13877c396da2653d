# A builtin type's method called on an object of another type.
cases = [
    lambda: dict.get([], 1),
    lambda: dict.keys(None),
    lambda: dict.update([], {}),
    lambda: dict.__getitem__("k", 1),
    lambda: set.union([], []),
    lambda: set.add((), 1),
    lambda: str.upper(5),
    lambda: list.append((), 1),
]
for f in cases:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)

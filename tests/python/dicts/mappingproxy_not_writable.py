"""A class's `__dict__` (a mappingproxy) cannot be changed through dict's own methods
called on it (`dict.__setitem__(C.__dict__, ...)`): CPython refuses each with its
descriptor error, and the class keeps its attributes (which the attribute caches rely
on)."""


class C:
    a = "A"
    b = "B"
    x = "X"

    def m(self):
        return "m"


del C.a


def read():
    return C.x, C().m()


print(read())
calls = [
    lambda: dict.__setitem__(C.__dict__, "k", 1),
    lambda: dict.__delitem__(C.__dict__, "b"),
    lambda: dict.update(C.__dict__, {"x": 0}),
    lambda: dict.clear(C.__dict__),
    lambda: dict.pop(C.__dict__, "x"),
    lambda: dict.setdefault(C.__dict__, "q"),
    lambda: dict.popitem(C.__dict__),
]
for c in calls:
    try:
        print(repr(c()))
    except TypeError as e:
        print("TypeError", e)
print(read(), C.b, C.__dict__.get("x"), sorted(k for k in C.__dict__ if not k.startswith("__")))
try:
    C.__dict__["x"] = 1
except TypeError as e:
    print("TypeError", e)

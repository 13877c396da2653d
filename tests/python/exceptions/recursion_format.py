# RecursionError through formatting: f"{self}", format(self) and "{}".format(self) in a
# __str__ reach it through a C method's call (object.__format__, int.__format__, and
# str.format itself), each counting a level as CPython 3.11 counts them, besides
# PyObject_Str's and the frame's. Call sites are warmed up first (see
# recursion_calls.py).
n = 0
left = -1


class F:
    def __str__(self):
        global n, left
        n += 1
        left -= 1
        if not left:
            return "s"
        return f"{self}"


class G:
    def __str__(self):
        global n, left
        n += 1
        left -= 1
        if not left:
            return "s"
        return format(self)


class H:
    def __str__(self):
        global n, left
        n += 1
        left -= 1
        if not left:
            return "s"
        return "{}".format(self)


class I(int):
    def __str__(self):
        global n, left
        n += 1
        left -= 1
        if not left:
            return "s"
        return f"{self}"


cases = {"f": lambda: str(F()), "format": lambda: str(G()), "str.format": lambda: str(H()), "int sub": lambda: str(I(5))}


def run(f):
    global n
    n = 0
    try:
        f()
        return n, "ok"
    except RecursionError as e:
        return n, str(e)


def at(d, f):
    if d:
        return at(d - 1, f)
    return run(f)


for name, f in cases.items():
    for _ in range(12):
        left = 3
        assert run(f) == (3, "ok"), name
    left = -1
for name, f in cases.items():
    for d in range(4):
        print(name, d, *at(d, f))

# Classes whose __init__ takes *args, **kwargs, keyword-only parameters or closures
# over cells, called with positional and keyword arguments: the instance, the bound
# arguments, binding errors with CPython's messages, __init__ returning a value,
# subclasses of dict and list, and __del__ of an instance whose __init__ failed.
class V:
    def __init__(self, *args):
        self.args = args


class W:
    def __init__(self, *args, renderer=None, **kwargs):
        self.args, self.renderer, self.kwargs = args, renderer, kwargs


class KO:
    def __init__(self, a, *, b, c=3):
        self.t = (a, b, c)


class Cell:
    def __init__(self, x, *rest):
        self.get = lambda: (x, rest)


class D(dict):
    def __init__(self, *args, renderer=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.renderer = renderer


class L(list):
    def __init__(self, *items, tag=None):
        super().__init__(items)
        self.tag = tag


print(V().args, V(1, 2).args, W().args, W(1, renderer="r", z=2).__dict__)
print(KO(1, b=2).t, KO(a=1, b=2, c=4).t, Cell(5, 6, 7).get())
d = D({"a": 1}, renderer="r", b=2)
print(d, d.renderer, type(d).__name__, D().renderer, D(x=1))
lst = L(1, 2, 3, tag="t")
print(lst, lst.tag, len(L()))
for make in (
    lambda: KO(1),
    lambda: KO(1, 2, b=3),
    lambda: KO(b=1),
    lambda: KO(1, b=2, d=4),
    lambda: W(renderer=1, **{"renderer": 2}),
    lambda: Cell(),
):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)


class Bad:
    def __init__(self, *args):
        return 1


try:
    Bad(1)
except TypeError as e:
    print("TypeError:", e)


class Noisy:
    def __init__(self, *args, must):
        self.args = args

    def __del__(self):
        print("del Noisy")


try:
    Noisy(1, 2)
except TypeError as e:
    print("TypeError:", e)
print("after")


def deep(n):
    return W(n, renderer=deep(n - 1) if n else None)


w = deep(50)
depth = 0
while w is not None:
    w, depth = w.renderer, depth + 1
print(depth)

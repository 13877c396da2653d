# The eval loop's inner loop (stack top in a register) hands every case it does not
# finish to the full handlers; each case below crosses that boundary in a loop.
import sys


def overflow():
    x = 2**62
    out = []
    for i in range(3):
        x = x + x          # int add overflows into a big int
        out.append(x)
    y = -(2**63)
    out.append(y - 1)
    out.append(7 // -2)    # negative floor division leaves the fast path
    out.append(-7 % 3)
    out.append(1.5 * 2 + 3 - 0.25)
    return out


print(overflow())


def compares(items):
    n = 0
    for a, b in items:
        if a < b:
            n += 1
        if a == b:
            n += 10
    return n


print(compares([(1, 2), ("a", "b"), (2.5, 2.5), ((1, 2), (1, 3)), ("x", "x")]))


def unbound(flag):
    if flag:
        v = 1
    try:
        return v
    except UnboundLocalError as e:
        return str(e)


print(unbound(True), unbound(False))


def errors():
    out = []
    for f in (lambda: len(5), lambda: 1 in 5, lambda: iter(3), lambda: [1][5],
              lambda: [1, 2].__setitem__(9, 0), lambda: abs("x")):
        try:
            f()
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")
    lst = [1, 2, 3]
    try:
        lst[3] = 1
    except IndexError as e:
        out.append(str(e))
    lst[-1] = 9
    out.append(lst)
    try:
        a, b = (1, 2, 3)
    except ValueError as e:
        out.append(str(e))
    try:
        a, b = [1]
    except ValueError as e:
        out.append(str(e))
    return out


for line in errors():
    print(line)


def line_of_error():
    try:
        x = 1
        y = len(x)
    except TypeError as e:
        return e.__traceback__.tb_lineno


print(line_of_error())


def defaults(a, b=2, *, c=3):
    return a + b + c


def calls():
    out = [defaults(1), defaults(1, 5), defaults(1, c=10), defaults(b=1, a=2)]
    for bad in (lambda: defaults(), lambda: defaults(1, 2, 3), lambda: defaults(1, d=4),
                lambda: defaults(1, a=1)):
        try:
            bad()
        except TypeError as e:
            out.append(str(e))
    return out


for line in calls():
    print(line)


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Bad:
    def __init__(self):
        return 5


class Raises:
    def __init__(self, v):
        raise ValueError(v)


class Counter:
    def __init__(self):
        self.n = 0

    def add(self, k=1):
        self.n += k
        return self


def objects():
    pts = [Point(i, -i) for i in range(3)]
    for p in pts:
        p.x, p.y = p.y, p.x
    out = [(p.x, p.y) for p in pts]
    for cls, args in ((Bad, ()), (Raises, ("boom",))):
        try:
            cls(*args)
        except Exception as e:
            out.append(f"{type(e).__name__}: {e}")
    c = Counter()
    m = c.add
    for i in range(3):
        m()
        m(k=2)
    out.append(c.n)
    out.append(type(c).__name__)
    out.append(Counter().add(5).n)
    return out


print(objects())


def attr_types():
    # An attribute whose type changes mid-loop, and a class attribute shadowed later.
    class A:
        v = "class"
    a = A()
    out = []
    for i in range(4):
        out.append(a.v)
        if i == 1:
            a.v = i
        if i == 2:
            a.v = "inst"
    del a.v
    out.append(a.v)
    return out


print(attr_types())

G = 1


def rebinding():
    global G
    out = []
    for i in range(4):
        out.append(G)
        if i == 1:
            G = "two"
    return out


print(rebinding())


def recursion(n):
    return recursion(n + 1)


try:
    recursion(0)
except RecursionError as e:
    print("RecursionError:", e)


def gen(n):
    for i in range(n):
        yield i * i


def generators():
    total = 0
    for v in gen(5):
        total += v
    g = gen(3)
    return total, list(g), next(gen(2))


print(generators())


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def finalizers():
    for i in range(2):
        Noisy(f"expr{i}")      # freed at the POP_TOP
        print("after", i)
    x = Noisy("local")
    x = None
    print("end")


finalizers()


def short_circuit(values):
    return [(v or "empty", v and "set") for v in values]


print(short_circuit([0, 1, None, "", "s", [], [0], 0.0]))


def keywords():
    words = ["pear", "Fig", "apple"]
    print(*sorted(words, key=str.lower), sep=", ", end="!\n")
    return dict(a=1, b=2), max([3, 1, 2], default=0), sorted(words, reverse=True)


print(keywords())


def contains(seq):
    class Box:
        def __contains__(self, x):
            return x == 3
    return [k in seq for k in (1, 3, "a")] + [3 in Box(), 4 not in Box()]


print(contains([1, 2, 3]), contains({"a": 1}), contains("abc" if False else (3,)))
sys.stdout.flush()

# Call and property fast paths: defaults, bound methods unpacked in CALL, property
# getters run as calls, native calls; each broken on purpose mid-loop.

def f(a, b=10, c=20):
    return a + b + c

out = []
for i in range(6):
    out.append(f(i))
    if i == 2:
        f.__defaults__ = (100, 200)
    if i == 4:
        f.__defaults__ = (1000,)
        try:
            f(i)
        except TypeError as e:
            out.append(str(e))
        f.__defaults__ = (7, 8)
print(out)

def g(a, b=2):
    return (a, b)
print(g(1), g(1, 3))
try:
    g()
except TypeError as e:
    print(e)
g.__defaults__ = None
try:
    g(1)
except TypeError as e:
    print(e)

def mutable_default(x, acc=[]):
    acc.append(x)
    return len(acc)
print([mutable_default(i) for i in range(4)])


class P:
    def __init__(self, x):
        self.x = x

    @property
    def double(self):
        return self.x * 2

    @property
    def fails(self):
        raise ValueError("getter failed for %r" % self.x)

    @property
    def missing(self):
        raise AttributeError("no such thing")


p = P(3)
vals = []
for i in range(6):
    vals.append(p.double)
    if i == 1:
        p.x = 10
    if i == 3:
        P.double = property(lambda self: -self.x)
print(vals)

P.double = 5
print(p.double, P(1).double)
del P.double
try:
    p.double
except AttributeError as e:
    print("AttributeError", e)

for i in range(3):
    try:
        p.fails
    except ValueError as e:
        print(e)

for i in range(3):
    try:
        p.missing
    except AttributeError as e:
        print("AttributeError", e)
    if i == 1:
        P.__getattr__ = lambda self, name: "fallback " + name
print(p.missing)


class Q(P):
    pass

q = Q(4)
print([q.fails if False else q.x for _ in range(2)])
instances = [P(1), Q(2), P(3), Q(4)]
P.double = property(lambda self: self.x * 2)
print([o.double for o in instances for _ in range(2)])


class Deep:
    def __init__(self, n):
        self.n = n

    @property
    def depth(self):
        return 0 if self.n == 0 else 1 + Deep(self.n - 1).depth

print(Deep(50).depth)
try:
    Deep(100000).depth
except RecursionError as e:
    print("RecursionError", e)


class C:
    @classmethod
    def make(cls, v=1):
        return (cls.__name__, v)

    @staticmethod
    def st(a, b=5):
        return a * b

    def m(self, y):
        return y + 1


class D(C):
    def m(self, y):
        return super().m(y) * 10


c = C()
d = D()
print([c.make() for _ in range(2)], [D.make(2) for _ in range(2)], d.make(v=3))
print([c.st(2) for _ in range(2)], [C.st(2, 3) for _ in range(2)])
bm = d.m
print([bm(i) for i in range(3)])
bm = c.make
print(bm(), bm(9))
try:
    bm(1, 2, 3)
except TypeError as e:
    print(e)
try:
    C().m()
except TypeError as e:
    print(e)

# Native calls with a few arguments, and errors from them.
print([len("abc"), isinstance(c, C), isinstance(d, (int, C)), max(1, 5, 3), min(4, 2, 8, 6, 5, 7)])
print([divmod(17, 5), pow(2, 10, 1000), round(2.675, 2), abs(-3)])
for bad in (lambda: len(5), lambda: isinstance(1), lambda: max(), lambda: divmod(1, 0)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
s = "a,b,c"
print([s.split(","), s.replace(",", ";"), s.count(","), ",".join(["x", "y"])])

# Frame objects of frames the vm runs in special ways: __init__, special methods run
# as frames, class bodies, exec/eval, generators run by a for loop, recursion.
import sys

kept = []


class Init:
    def __init__(self, v):
        self.v = v
        here = "init local"
        kept.append(sys._getframe())


obj = Init(5)
f = kept.pop()
print("__init__ frame:", f.f_code.co_name, sorted(f.f_locals), f.f_back is sys._getframe())


class Container:
    def __getitem__(self, i):
        kept.append(sys._getframe())
        return i * 2

    def __setitem__(self, i, v):
        kept.append(sys._getframe())

    def __contains__(self, x):
        kept.append(sys._getframe())
        return x == 1

    def __call__(self, a):
        kept.append(sys._getframe())
        return a

    def __str__(self):
        kept.append(sys._getframe())
        return "C"


c = Container()
results = [c[3], 1 in c, 2 not in c, c(7), str(c)]
c[0] = 1
print("results:", results)
print("special frames:", [(fr.f_code.co_name, sorted(fr.f_locals)) for fr in kept])
me = sys._getframe()
print("their back:", [fr.f_back is me for fr in kept])
kept.clear()


class Body:
    x = 1
    frame = sys._getframe()
    y = 2


bf = Body.frame
print("class body frame:", bf.f_code.co_name, sorted(k for k in bf.f_locals if not k.startswith("__")))
print("class body back:", bf.f_back is sys._getframe())
del Body.frame

ns = {}
loc = {}
exec("import sys\nfr = sys._getframe()\nz = 1\n", ns, loc)
ef = loc["fr"]
print("exec frame:", ef.f_code.co_name, ef.f_locals is loc, sorted(ef.f_locals), ef.f_globals is ns)
print("eval frame:", eval("__import__('sys')._getframe().f_code.co_name"))


def gen():
    for i in range(2):
        kept.append(sys._getframe())
        yield i
    done = True


for v in gen():
    pass
gf = kept[0]
print("for-loop generator finished:", kept[0] is kept[1], sorted(gf.f_locals.items()), gf.f_back)
kept.clear()


def raising_gen():
    kept.append(sys._getframe())
    yield 1
    raise ValueError("from gen")


try:
    for v in raising_gen():
        pass
except ValueError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("raised from a for-loop generator:", tb.tb_frame is kept[0], tb.tb_frame.f_code.co_name)
kept.clear()


def recurse(n):
    if n == 0:
        raise RecursionError("not really")
    return recurse(n - 1)


try:
    recurse(50)
except RecursionError as e:
    tb = e.__traceback__
    count = 0
    ns_seen = []
    while tb:
        if tb.tb_frame.f_code.co_name == "recurse":
            ns_seen.append(tb.tb_frame.f_locals["n"])
        tb = tb.tb_next
    print("recursion frames:", len(ns_seen), ns_seen[:3], ns_seen[-3:])


def comprehension():
    return [sys._getframe().f_code.co_name for _ in range(1)], [sys._getframe(1).f_code.co_name for _ in range(1)]


print("comprehension:", comprehension())


def with_finally():
    try:
        return sys._getframe()
    finally:
        marker = "finally ran"


wf = with_finally()
print("after finally:", sorted(wf.f_locals))
lam = (lambda q: sys._getframe())(3)
print("lambda:", lam.f_code.co_name, lam.f_locals)

def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__ + ":", e)
def src(n):
    print("src evaluated", n)
    return range(n)
g = (x for x in src(2))
print("created")
t(lambda: list(g))
t(lambda: (x for x in 5))
def lazy():
    return (x for x in range(2) for y in 5)
gg = lazy()
print("lazy created")
t(lambda: list(gg))
class C:
    vals = [1, 2]
    gen = list(v * 2 for v in vals)
t(lambda: C.gen)
def inclass():
    class D:
        n = 3
        gen = list(v for v in range(2) if v < n)
t(inclass)
g2 = (i for i in range(3))
t(lambda: next(g2))
t(lambda: g2.send(None))
t(lambda: g2.send(5))
t(lambda: g2.throw(ValueError("into genexpr")))
t(lambda: next(g2))
g3 = (y for y in [1])
t(lambda: g3.close())
t(lambda: list(g3))
t(lambda: type(g3).__name__)
t(lambda: g3.gi_running)
t(lambda: g3.gi_code.co_name)
# nested genexpr and closure late binding
fs = [lambda: i for i in range(3)]
t(lambda: [f() for f in fs])
gens = [(i * j for j in range(2)) for i in range(3)]
t(lambda: [list(g) for g in gens])
# generator with yield inside expression
def yexpr():
    x = [(yield 1), (yield 2)]
    return x
g = yexpr()
t(lambda: next(g))
t(lambda: g.send("a"))
try:
    g.send("b")
except StopIteration as e:
    print("result", e.value)
# yield in lambda? - generator lambda
gl = lambda: (yield 5)
t(lambda: list(gl()))
# yield as statement with value None
def ynone():
    yield
    yield None
t(lambda: list(ynone()))
# generator functions are functions
import types
t(lambda: isinstance(ynone(), types.GeneratorType))
t(lambda: ynone.__code__.co_flags & 0x20 != 0)
# recursion with yield from and return
def tree(n):
    if n == 0:
        return 0
    s = yield n
    left = yield from tree(n - 1)
    return n + left
def run():
    out = []
    g = tree(3)
    try:
        v = next(g)
        while True:
            out.append(v)
            v = g.send(v * 10)
    except StopIteration as e:
        out.append(("ret", e.value))
    return out
t(run)

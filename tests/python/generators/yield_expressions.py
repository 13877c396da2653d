def gen():
    x = yield
    print("x =", x)
    y = (yield x) + 1
    print("y =", y)
    w = yield (1, 2)
    print("w =", w)
    yield (yield "nested")


g = gen()
print(next(g))
print(g.send("a"))
print(g.send(10))
print(g.send("ww"))
print(g.send("inner"))
print(next(g, "end"))


def yields_in_args():
    print("sum", sum([(yield 1), (yield 2)]))


h = yields_in_args()
print(next(h), h.send(10))
try:
    h.send(20)
except StopIteration:
    print("stopped")
lam = lambda: (yield "from lambda")
print(list(lam()), type(lam()).__name__)

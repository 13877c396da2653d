def gen():
    yield g_ref[0].__next__()


g = gen()
g_ref = [g]
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
print(next(g, "finished"))


def sender():
    x = yield 1
    me.send(x)
    yield 2


me = sender()
next(me)
try:
    me.send(5)
except ValueError as e:
    print(type(e).__name__, e)


def closer():
    yield me2.close()


me2 = closer()
try:
    next(me2)
except ValueError as e:
    print(type(e).__name__, e)

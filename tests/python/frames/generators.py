# Generators' frames: gi_frame, gi_yieldfrom, gi_running, gi_code.
import sys


def gen():
    x = 1
    yield x
    y = 2
    yield sys._getframe()
    z = 3
    yield z


g = gen()
f = g.gi_frame
print("not started:", f.f_lineno - gen.__code__.co_firstlineno, f.f_locals, f.f_back, g.gi_running)
print("gi_code:", g.gi_code is gen.__code__, g.gi_code.co_name)
print(next(g))
print("at first yield:", f.f_lineno - gen.__code__.co_firstlineno, f.f_locals, f.f_back)
print("same object:", g.gi_frame is f)
inside = next(g)
print("the running frame is gi_frame:", inside is f)
print("at second yield:", f.f_lineno - gen.__code__.co_firstlineno, sorted(f.f_locals))
print("suspended f_back:", f.f_back)
print(next(g))
for _ in g:
    pass
print("finished:", g.gi_frame, f.f_lineno - gen.__code__.co_firstlineno, sorted(f.f_locals.items()))
print("finished f_back:", f.f_back)


def watcher():
    me = holder[0]
    yield me.gi_running, me.gi_frame is sys._getframe(), me.gi_frame.f_back is caller_frame[0]


holder = []
caller_frame = [sys._getframe()]
w = watcher()
holder.append(w)
print("running:", next(w), w.gi_running)


def sub():
    got = yield "a"
    yield "b"
    return "sub done"


def delegate():
    r = yield from sub()
    yield r


d = delegate()
print("yieldfrom before start:", d.gi_yieldfrom)
print(next(d))
print("yieldfrom is the sub generator:", d.gi_yieldfrom.__name__ if d.gi_yieldfrom else None, d.gi_yieldfrom.gi_frame.f_lineno - sub.__code__.co_firstlineno)
print("delegate suspended in yield from:", d.gi_frame.f_lineno - delegate.__code__.co_firstlineno)
print(next(d))
print(next(d))
print("after yield from:", d.gi_yieldfrom)
print(list(d), d.gi_frame, d.gi_yieldfrom)


def it_delegate():
    yield from [1, 2]


i = it_delegate()
next(i)
print("yieldfrom an iterator:", type(i.gi_yieldfrom).__name__)


def closable():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")


c = closable()
next(c)
cf = c.gi_frame
cf.clear()
print("clear closed it:", c.gi_frame, list(c))


def looped():
    for i in range(3):
        yield sys._getframe().f_lineno - looped.__code__.co_firstlineno


print("lines in a for loop:", [x for x in looped()])

lf = None


def in_for():
    global lf
    lf = sys._getframe()
    yield lf.f_back.f_code.co_name
    yield lf.f_back


for v in in_for():
    print("consumer frame:", v if isinstance(v, str) else v is sys._getframe())


def thrown():
    a = "arg"
    yield a


t = thrown()
tf = t.gi_frame
try:
    t.throw(ValueError("early"))
except ValueError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("thrown before start:", tb.tb_frame is tf, tb.tb_frame.f_code.co_name, t.gi_frame)


def raising():
    b = "local"
    yield 1
    raise KeyError("x")


r = raising()
rf = r.gi_frame
next(r)
try:
    next(r)
except KeyError as e:
    tb = e.__traceback__.tb_next
    print("raised inside:", tb.tb_frame is rf, rf.f_locals, r.gi_frame, rf.f_back)


def dropped(a):
    b = 2
    try:
        yield 1
    finally:
        c = 3


gd = dropped(1)
next(gd)
fd = gd.gi_frame
del gd
print("dropped while suspended:", sorted(fd.f_locals.items()), fd.f_back)
gd2 = dropped(5)
fd2 = gd2.gi_frame
del gd2
print("dropped before it started:", sorted(fd2.f_locals.items()))

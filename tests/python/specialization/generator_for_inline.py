# A generator iterated by `for` runs inside its consumer's eval loop (no nested
# interpreter loop per level). Its state must stay exactly what the general path
# (next(), send(), throw(), close()) expects, and errors must unwind as in CPython.
import sys


def counter(n, log):
    try:
        for i in range(n):
            log.append(("yield", i))
            got = yield i
            if got is not None:
                log.append(("got", got))
        return "done"
    finally:
        log.append("finally")


# Partly consumed by `for`, then driven by next() and send().
log = []
g = counter(5, log)
for x in g:
    if x == 1:
        break
print(x, g.gi_running)
print(next(g), g.send("hello"))
print(list(g), log)
print(next(g, "exhausted"), list(g))
for x in g:
    print("never", x)

# gi_running is true while the generator runs inside the loop.
def watcher():
    yield me.gi_running
    yield me.gi_running


me = watcher()
print([v for v in me], me.gi_running)
me = watcher()
for v in me:
    print("running", v, me.gi_running)

# A generator iterating itself is already executing.
def selfish():
    for x in it:
        yield x


it = selfish()
try:
    for _ in it:
        pass
except ValueError as e:
    print("ValueError", e)

# StopIteration inside the generator becomes RuntimeError, caused by it.
def leaky():
    yield 1
    raise StopIteration("oops")


try:
    for v in leaky():
        print("leaky", v)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)

# An exception leaves through the consumer; the generator is then finished.
def failing():
    yield 1
    {}["missing"]


f = failing()
try:
    for v in f:
        print("failing", v)
except KeyError as e:
    print("KeyError", e, next(f, "finished"))
    tb, where = e.__traceback__, []
    while tb is not None:
        where.append(tb.tb_lineno)
        tb = tb.tb_next
    print(where)

# Exceptions handled inside the generator keep it going.
def tolerant():
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(i)
            yield i
        except ValueError as e:
            yield -int(str(e))


print([v for v in tolerant()], list(tolerant()))
total = 0
for v in tolerant():
    total += v
print(total)

# Recursive generators (every level a `for`) and yield from in between.
def tree(depth, prefix=()):
    if depth == 0:
        yield prefix
        return
    for i in range(2):
        yield from tree(depth - 1, prefix + (i,))


def flat(depth):
    for t in tree(depth):
        for x in t:
            yield x


print(sum(1 for _ in tree(4)), list(flat(2)))


def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, head in enumerate(items):
        for rest in perms(items[:i] + items[i + 1:]):
            yield [head] + rest


print(len(list(perms([1, 2, 3, 4, 5]))), next(iter(perms("abc"))))

# A break leaves a suspended generator; dropping it runs its finally at once.
log = []
for x in counter(3, log):
    break
print(log)

# Too deep: a RecursionError, not a crash, and the program goes on.
def deep(n):
    yield n
    for v in deep(n + 1):
        yield v


try:
    for v in deep(0):
        pass
except RecursionError:
    print("RecursionError", v > 100)
print(sys.getrecursionlimit() > 100)

# The return value of a generator ends a for loop quietly; else runs.
def returns():
    yield 1
    return 99


for v in returns():
    print("got", v)
else:
    print("else ran")

# throw() into a generator suspended by a for loop's break.
def catcher():
    while True:
        try:
            yield "waiting"
        except KeyError:
            yield "caught"


c = catcher()
for v in c:
    break
print(v, c.throw(KeyError), next(c))
c.close()
print(next(c, "closed"))

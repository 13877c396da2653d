# yield from a plain iterator: send/throw/close behaviour
def deleg(it):
    try:
        r = yield from it
        print("  deleg result", r)
    except Exception as e:
        print("  deleg caught", type(e).__name__, e)
        yield "after-catch"
g = deleg(iter([1, 2, 3]))
print(next(g))
try:
    g.send("x")
except AttributeError as e:
    print("AttributeError", e)
g = deleg(iter([1, 2, 3]))
next(g)
print(g.send(None))
print(g.throw(ValueError("into plain iter")))
class Closable:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        return self.i
    def close(self): print("  Closable.close called")
    def throw(self, *a): print("  Closable.throw", a[0].__name__ if isinstance(a[0], type) else type(a[0]).__name__); return "thrown-value"
    def send(self, v): print("  Closable.send", v); return v * 2
g = deleg(Closable())
print(next(g), g.send(21), g.throw(KeyError), next(g))
g.close()
# exception thrown into generator that is finished
def one():
    yield 1
g = one(); list(g)
try:
    g.throw(ValueError("late"))
except ValueError as e:
    print("ValueError", e)
print(g.close())
# generator raising makes it finished
def raiser():
    yield 1
    raise KeyError("k")
    yield 2
g = raiser(); next(g)
try:
    next(g)
except KeyError:
    print("raised once")
print(next(g, "exhausted"))
# yield inside finally during close
def fin():
    try:
        yield 1
    finally:
        print("  finally runs")
g = fin(); next(g); g.close()
def fin_yield():
    try:
        yield 1
    finally:
        yield "from finally"
g = fin_yield(); next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)
# throw replaced by another exception in the generator
def convert():
    try:
        yield 1
    except ValueError as e:
        raise TypeError("converted") from e
g = convert(); next(g)
try:
    g.throw(ValueError("orig"))
except TypeError as e:
    print("TypeError", e, repr(e.__cause__))
# StopIteration value via yield from on exhausted-returning subgenerator
def sub():
    return "sub-value"
    yield
def top():
    v = yield from sub()
    return v + "!"
try:
    next(top())
except StopIteration as e:
    print("StopIteration value", e.value)
# yield from generator that returns StopIteration instance as value
def weird():
    return StopIteration("inner-stop")
    yield
def weird_top():
    v = yield from weird()
    yield type(v).__name__
print(list(weird_top()))
# generator in class body and comprehension-style closures
class WithGen:
    vals = list(x * 2 for x in range(3))
print(WithGen.vals)
def make():
    return [(lambda: i) for i in range(3)], (lambda: j for j in range(3))
lams, gl = make()
print([f() for f in lams], [f() for f in gl])
# send values through a pipeline of coroutines
def averager():
    total = count = 0
    avg = None
    while True:
        val = yield avg
        if val is None:
            return (count, avg)
        total += val; count += 1
        avg = total / count
def collect(results):
    while True:
        results.append((yield from averager()))
res = []
c = collect(res); next(c)
for v in (10, 20, None, 5, None):
    c.send(v)
print(res)
# generator expression with throw/close
ge = (i for i in range(5))
print(next(ge))
ge.close()
print(list(ge))
ge2 = (i for i in range(5))
next(ge2)
try:
    ge2.throw(ValueError("ge"))
except ValueError as e:
    print("ValueError", e)
print(list(ge2))
# send returning StopIteration value through next()
def counter():
    n = 0
    while n < 2:
        n += (yield n) or 1
g = counter()
print(next(g), g.send(1), end=" ")
try:
    g.send(1)
except StopIteration as e:
    print("stop", e.value)
# yield in various expression contexts
def ctx():
    x = yield
    d = {(yield "k"): (yield "v")}
    f = f"{(yield 'fs')}"
    return x, d, f
g = ctx()
vals = [next(g)]
for send in ("X", "K", "V", "F"):
    try:
        vals.append(g.send(send))
    except StopIteration as e:
        vals.append(("ret", e.value))
print(vals)

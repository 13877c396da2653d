def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__ + ":", e, "| cause:", type(e.__cause__).__name__ if e.__cause__ else None)
def g():
    yield 1
    next(iter([]))
t(lambda: list(g()))
def g2():
    yield 1
    raise StopIteration(5)
t(lambda: list(g2()))
def g3():
    try:
        yield 1
        raise StopIteration
    except RuntimeError:
        yield "no"  # not caught inside
t(lambda: list(g3()))
def g4():
    yield from g2()
t(lambda: list(g4()))
# StopIteration subclass
class SI(StopIteration): pass
def g5():
    yield 1
    raise SI
t(lambda: list(g5()))
# genexpr with StopIteration from inner function
def stopper(x):
    if x == 2: raise StopIteration
    return x
t(lambda: list(stopper(x) for x in range(4)))
t(lambda: [stopper(x) for x in range(4)])
# iterator class: StopIteration in __next__ is fine
class Count:
    def __init__(self, n): self.i = 0; self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1; return self.i
c = Count(3)
t(lambda: list(c))
t(lambda: list(c))
t(lambda: next(c, "dflt"))
t(lambda: next(c))
t(lambda: next(5))
t(lambda: next(iter([]), None))
# __iter__ returning generator
class Gen:
    def __iter__(self):
        yield "a"; yield "b"
t(lambda: list(Gen()))
t(lambda: list(zip(Gen(), Count(5))))
t(lambda: dict(zip(Gen(), Count(5))))
# iterator that is not iterable
class NotIterable:
    def __next__(self): raise StopIteration
class Wrap:
    def __iter__(self): return NotIterable()
t(lambda: list(Wrap()))
t(lambda: [x for x in Wrap()])
def yf():
    yield from Wrap()
t(lambda: list(yf()))
t(lambda: iter(Wrap()).__class__.__name__)
# __next__ returning StopIteration value attributes
class RetVal:
    def __iter__(self): return self
    def __next__(self): raise StopIteration("v")
def dele():
    r = yield from RetVal()
    return r
try:
    next(dele())
except StopIteration as e:
    print("dele value", e.value)
# iter() sentinel with user callable
class Cnt:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1; return self.n
t(lambda: list(iter(Cnt(), 4)))
t(lambda: iter(5, 5))
# generator as __next__ on class? closure
t(lambda: list(enumerate(Count(2), start=5)))
t(lambda: list(map(lambda a, b: a + b, Count(3), Count(2))))
t(lambda: list(filter(None, Count(3))))

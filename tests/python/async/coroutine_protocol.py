import types, inspect, collections.abc

async def f(x):
    return x + 1

c = f(1)
print(type(c).__name__, repr(c).startswith("<coroutine object f at 0x"))
print(c.cr_running, c.cr_await, c.cr_code.co_name, c.cr_frame is not None, c.__name__, c.__qualname__)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
print(c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

class Fut:
    def __init__(self): self.v = None
    def __await__(self):
        r = yield "waiting"
        return r * 2

async def g():
    a = await Fut()
    b = await f(a)
    return a, b

c = g()
print(c.send(None))
try:
    c.send(10)
except StopIteration as e:
    print("done", e.value)

async def h():
    try:
        await Fut()
    except ValueError as e:
        print("caught", e)
        return "recovered"

c = h()
print(c.send(None))
print(c.cr_await is not None, type(c.cr_await).__name__)
try:
    c.throw(ValueError("boom"))
except StopIteration as e:
    print("stop", e.value)

c = h()
c.send(None)
c.close()
print("closed", c.cr_frame)

async def stubborn():
    try:
        await Fut()
    except GeneratorExit:
        await Fut()
c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print(type(e).__name__, e)

for bad in [1, "s"]:
    async def aw(b=bad):
        await b
    try:
        aw().send(None)
    except TypeError as e:
        print(type(e).__name__, e)

class BadAwait:
    def __await__(self):
        return 5
async def aw2():
    await BadAwait()
try:
    aw2().send(None)
except TypeError as e:
    print(type(e).__name__, e)

@types.coroutine
def gen_coro():
    x = yield "from gen"
    return x

async def uses():
    return await gen_coro()
c = uses()
print(c.send(None))
try:
    c.send(7)
except StopIteration as e:
    print("gen coro", e.value)

print(inspect.iscoroutinefunction(f), inspect.iscoroutinefunction(gen_coro), inspect.iscoroutine(f(1).__await__()))
c = f(2)
print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.isawaitable(Fut()), inspect.isawaitable(3))
print(isinstance(c, collections.abc.Coroutine), isinstance(c, collections.abc.Awaitable), isinstance(Fut(), collections.abc.Coroutine))
w = c.__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("wrapper", e.value)

async def agen():
    yield 1
a = agen()
print(type(a).__name__, repr(a).startswith("<async_generator object agen at"), inspect.isasyncgen(a))
print(types.CoroutineType, types.AsyncGeneratorType)

try:
    for x in f(1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

async def raises_stop():
    raise StopIteration
try:
    raises_stop().send(None)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

try:
    f(1).send(5)
except TypeError as e:
    print(type(e).__name__, e)

async def twice():
    c = f(1)
    await c
    await c
try:
    twice().send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

import types, inspect

@types.coroutine
def tick(label):
    got = yield label
    return got

def run(coro):
    value = None
    while True:
        try:
            y = coro.send(value)
        except StopIteration as e:
            print("-> returned", e.value)
            return e.value
        print("yielded", y)
        value = None

async def agen(n):
    try:
        for i in range(n):
            await tick("before %d" % i)
            got = yield i
            if got is not None:
                print("agen got", got)
    finally:
        print("agen finally")

async def main():
    async for v in agen(3):
        print("item", v)
    g = agen(5)
    print(g.ag_running, g.ag_frame is not None, g.ag_code.co_name, inspect.isasyncgen(g))
    print(await g.__anext__())
    print(await g.asend("hello"))
    try:
        await g.athrow(KeyError("k"))
    except KeyError as e:
        print("athrow propagated", repr(e))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    g = agen(5)
    print(await g.__anext__())
    print(await g.aclose())
    print(await g.aclose())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("closed gen stops")
    print("comp", [x async for x in agen(3)])
    print("comp2", [x * 10 async for x in agen(4) if x % 2 == 0])
    print("set", {x async for x in agen(2)})
    print("dict", {x: str(x) async for x in agen(2)})
    print("awaits", [await tick(x) for x in "ab"])
    ge = (x + 1 async for x in agen(2))
    print(type(ge).__name__)
    print("genexp", [y async for y in ge])
    ge2 = (await tick(x) for x in "cd")
    print("genexp2", [y async for y in ge2])
    a = anext_default()
    return "main done"

async def catcher():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("catcher caught", e)
        yield "after error"

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

async def ret_early():
    yield 1
    return

async def anext_default():
    pass

async def more():
    c = catcher()
    print(await c.__anext__())
    print(await c.athrow(ValueError("x")))
    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        print(type(e).__name__, e)
    r = ret_early()
    print([x async for x in r])
    n = ret_early()
    aw = n.__anext__()
    print(type(aw).__name__)
    try:
        aw.send(None)
    except StopIteration as e:
        print("first value via StopIteration", e.value)
    try:
        aw.send(None)
    except RuntimeError as e:
        print(type(e).__name__, e)
    async def bad():
        yield 1
        raise StopAsyncIteration
    try:
        async for x in bad():
            print("bad item", x)
    except RuntimeError as e:
        print(type(e).__name__, e)
    g = agen(2)
    print(g.__aiter__() is g)
    return "more done"

run(main())
run(more())

import types

@types.coroutine
def tick(label):
    got = yield label
    return got

def run(coro):
    """Drive a coroutine by hand, printing what it yields."""
    value = None
    while True:
        try:
            y = coro.send(value)
        except StopIteration as e:
            print("-> returned", e.value)
            return e.value
        print("yielded", y)
        value = y

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("enter", self.name)
        await tick("aenter " + self.name)
        return self.name.upper()
    async def __aexit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        await tick("aexit " + self.name)
        return self.suppress

async def main():
    async with CM("a") as x, CM("b") as y:
        print("body", x, y)
    async with CM("c", suppress=True):
        raise ValueError("swallowed")
    try:
        async with CM("d"):
            raise KeyError("kept")
    except KeyError as e:
        print("caught", repr(e))
    for i in range(3):
        async with CM("loop%d" % i):
            if i == 1:
                continue
            if i == 2:
                break
            print("in loop", i)
    return await inner()

async def inner():
    async with CM("ret"):
        return "from inside"

run(main())

class NoAexit:
    async def __aenter__(self): pass
class Sync:
    def __enter__(self): pass
    def __exit__(self, *a): pass
class BadEnter:
    def __aenter__(self): return 1
    def __aexit__(self, *a): return 2

for obj in [Sync(), NoAexit(), 5, BadEnter()]:
    async def use(o=obj):
        async with o:
            pass
    try:
        run(use())
    except TypeError as e:
        print(type(e).__name__, e)

class Counter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await tick("anext %d" % self.i)
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def loops():
    async for v in Counter(3):
        print("got", v)
    else:
        print("else ran")
    async for v in Counter(5):
        if v == 2:
            continue
        if v == 4:
            break
        print("loop2", v)
    total = 0
    async for a in Counter(2):
        async for b in Counter(2):
            total += a * b
    print("total", total)
    return "loops done"

run(loops())

class NoAnext:
    def __aiter__(self): return 1
class BadAnext:
    def __aiter__(self): return self
    def __anext__(self): return 3
for obj in [5, NoAnext(), BadAnext(), [1, 2]]:
    async def use(o=obj):
        async for x in o:
            pass
    try:
        run(use())
    except TypeError as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)

async def raising():
    async for x in Counter(3):
        if x == 2:
            raise ValueError("in body")
try:
    run(raising())
except ValueError as e:
    print("body error", e)

def outside():
    print("sync code")
import sys
for src in ["await x", "def f():\n    await x", "def f():\n    async for a in b: pass",
            "def f():\n    async with a: pass", "def f():\n    return [x async for x in y]",
            "async def f():\n    yield from x", "async def f():\n    yield 1\n    return 2",
            "def f():\n    return [await x for x in y]", "lambda: await x",
            "class C:\n    await x"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)
for src in ["def f():\n    return (await x for x in y)", "def f():\n    return (x async for x in y)",
            "async def f():\n    return [x for x in await y]"]:
    compile(src, "<s>", "exec")
    print("ok", repr(src))

import asyncio, gc, weakref
async def f(a):
    b = a + 1
    await asyncio.sleep(0)
    return b
c = f(1)
c.send(None)
print(c.cr_frame.f_locals, c.cr_frame.f_lineno, c.cr_suspended if hasattr(c, "cr_suspended") else "n/a")
r = weakref.ref(c)
c.close()
del c
gc.collect()
print(r())
async def ag():
    yield 1
g = ag()
print(g.ag_await, g.ag_running, g.ag_frame.f_lineno)
class X:
    async def __aiter__(self): pass
async def m():
    async for x in X(): pass
try:
    m().send(None)
except TypeError as e:
    print(e)

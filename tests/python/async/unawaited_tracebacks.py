import gc

async def f():
    return 1

async def g():
    await f()
    raise ValueError("deep")

async def h():
    await g()

def unawaited():
    f()
    print("after unawaited")

unawaited()
x = f()
del x
for i in range(3):
    f()
print("loop done")
c = f()
c.close()
del c
print("closed one: no warning")

coro = h()
try:
    coro.send(None)
except ValueError as e:
    print("caught", e)

class A:
    async def meth(self):
        pass
A().meth()
gc.collect()
h().send(None)

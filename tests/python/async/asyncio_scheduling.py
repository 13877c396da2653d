import asyncio

log = []

async def leaf(name, n):
    for i in range(n):
        print(f"{name}:{i}")
        await asyncio.sleep(0)
    return name

async def spawner(k):
    print("spawner", k, "starts")
    children = [asyncio.create_task(leaf(f"s{k}c{j}", j + 1)) for j in range(3)]
    print("spawner", k, "spawned")
    await asyncio.sleep(0)
    res = [await c for c in children]
    print("spawner", k, "collected", res)
    return k

def cb(tag):
    print("callback", tag)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, "first")
    tasks = [asyncio.create_task(spawner(k)) for k in range(3)]
    loop.call_soon(cb, "second")
    for t in tasks:
        t.add_done_callback(lambda t: print("done callback", t.result()))
    print("main awaiting")
    print(await asyncio.gather(*tasks))
    fut = loop.create_future()
    async def setter():
        print("setter runs")
        fut.set_result("set!")
        print("setter after set_result")
    async def getter(i):
        print("getter", i, "waits")
        v = await fut
        print("getter", i, "got", v)
    await asyncio.gather(getter(1), setter(), getter(2))
    order = []
    async def nested(depth):
        if depth:
            order.append(depth)
            await asyncio.sleep(0)
            await nested(depth - 1)
            order.append(-depth)
    await asyncio.gather(nested(3), nested(2))
    print(order)

asyncio.run(main())

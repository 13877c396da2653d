import asyncio

async def worker(name, n, delay):
    for i in range(n):
        print(f"{name} step {i}")
        await asyncio.sleep(delay)
    return f"{name} done"

async def main():
    print("main start")
    t1 = asyncio.create_task(worker("A", 3, 0))
    t2 = asyncio.create_task(worker("B", 2, 0))
    t3 = asyncio.create_task(worker("C", 4, 0))
    print("tasks created")
    await asyncio.sleep(0)
    print("after first sleep")
    r = await asyncio.gather(t1, t2, t3)
    print(r)
    print(await asyncio.gather(worker("D", 1, 0.001), worker("E", 2, 0)))
    return 42

print(asyncio.run(main()))

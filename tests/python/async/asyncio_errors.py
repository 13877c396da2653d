import asyncio

async def bad():
    raise ValueError("lost")

async def noop():
    return 1

async def main():
    loop = asyncio.get_running_loop()
    try:
        asyncio.create_task(5)
    except TypeError as e:
        print("TypeError", e)
    c = noop()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError", e)
    c.close()
    try:
        loop.run_until_complete(noop())
    except RuntimeError as e:
        print("RuntimeError", e)
    fut = loop.create_future()
    fut.set_result(1)
    try:
        fut.set_result(2)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", type(e).__name__)
    f2 = loop.create_future()
    f2.cancel("why")
    try:
        await f2
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
    t = asyncio.create_task(bad())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    del t
    print("end of main")

asyncio.run(main())
print("after run")
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError", e)

async def fails():
    await asyncio.sleep(0)
    raise KeyError("escapes")
try:
    asyncio.run(fails())
except KeyError as e:
    print("KeyError", e)

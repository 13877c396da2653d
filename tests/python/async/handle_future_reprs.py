# The reprs of asyncio handles, futures and tasks, and the callback names in error messages (format_helpers).
import asyncio, functools
def cb(*a, **k): pass
async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(cb, 1, "x" * 50, [1, 2, 3, 4, 5, 6, 7])
    print(repr(h).replace(__file__, "F"))
    h2 = loop.call_soon(functools.partial(cb, 1, k=2), 3)
    print(repr(h2).replace(__file__, "F"))
    h3 = loop.call_later(10, cb)
    print(repr(h3).replace(__file__, "F").split(" when=")[0], "when=" in repr(h3))
    h3.cancel()
    print(repr(h3).replace(__file__, "F").split(" when=")[0])
    h.cancel(); print(repr(h))
    fut = loop.create_future()
    print(repr(fut))
    fut.add_done_callback(cb)
    print(repr(fut).replace(__file__, "F"))
    fut.add_done_callback(print)
    fut.add_done_callback(id)
    print(repr(fut).replace(__file__, "F"))
    fut.set_result("y" * 100)
    print(repr(fut).replace(__file__, "F"))
    async def sleeper():
        await asyncio.sleep(5)
    t = asyncio.create_task(sleeper(), name="T")
    await asyncio.sleep(0)
    print(repr(t).replace(__file__, "F").split(" wait_for=")[0])
    print("wait_for=<Future pending cb=[Task.task_wakeup()]>" in repr(t))
    t.cancel()
    print(repr(t).replace(__file__, "F").split(" wait_for=")[0])
    try:
        await t
    except asyncio.CancelledError:
        pass
    print(repr(t).replace(__file__, "F"))
    loop.set_exception_handler(lambda l, c: print("handler:", c["message"].replace(__file__, "F"), type(c.get("exception")).__name__))
    loop.call_soon(functools.partial(lambda a, b: 1/0, 1), 2)
    loop.call_soon(functools.partial(cb, key="v" * 40), 1, 2, 3, 4, 5, 6, 7, 8)
    loop.call_soon(cb, object)
    await asyncio.sleep(0)
    loop.call_soon(lambda: 1/0)
    await asyncio.sleep(0)
asyncio.run(main())

# asyncio tasks and callbacks run in a copy of the context they were created in.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default=None)
log = []


async def handler(n):
    request_id.set(n)
    await asyncio.sleep(0)
    await inner(n)
    return request_id.get()


async def inner(n):
    await asyncio.sleep(0)
    log.append((n, request_id.get()))


async def main():
    request_id.set("main")
    results = await asyncio.gather(*(handler(i) for i in range(3)))
    print("results", results, "main sees", request_id.get())
    print(sorted(log))

    loop = asyncio.get_running_loop()
    seen = []
    loop.call_soon(lambda: seen.append(request_id.get()))
    ctx = contextvars.Context()
    loop.call_soon(lambda: seen.append(request_id.get()), context=ctx)
    ctx2 = contextvars.copy_context()
    ctx2.run(request_id.set, "ctx2")
    loop.call_soon(lambda: seen.append(request_id.get()), context=ctx2)
    await asyncio.sleep(0)
    print("callbacks", seen)

    # create_task with an explicit context.
    ctx3 = contextvars.copy_context()
    ctx3.run(request_id.set, "ctx3")

    async def show():
        return request_id.get()

    print("task in ctx3", await asyncio.create_task(show(), context=ctx3))
    print("task in copy", await asyncio.create_task(show()))

    # A task's changes do not leak back.
    async def change():
        request_id.set("changed")

    await asyncio.create_task(change())
    print("after task", request_id.get())

    # Done callbacks run in the context they were added in.
    fut = loop.create_future()
    fut.add_done_callback(lambda f: seen.append(("done", request_id.get())))
    fut.add_done_callback(lambda f: seen.append(("done ctx", request_id.get())), context=ctx2)
    fut.set_result(1)
    await asyncio.sleep(0)
    print(seen[-2:])

    # Awaiting directly shares the context.
    await change()
    print("after await", request_id.get())


asyncio.run(main())
print("outside", request_id.get())


async def with_ctx():
    return request_id.get()


ctx = contextvars.Context()
ctx.run(request_id.set, "runner")
with asyncio.Runner() as runner:
    print("runner ctx", runner.run(with_ctx(), context=ctx))
    print("runner default", runner.run(with_ctx()))

import asyncio
import contextlib

async def slow(name, delay, result=None, fail=False):
    print("start", name)
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print("cancelled", name)
        raise
    if fail:
        raise ValueError(f"{name} failed")
    print("end", name)
    return result if result is not None else name

async def cancelling():
    t = asyncio.create_task(slow("c1", 1))
    await asyncio.sleep(0)
    print("cancel ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("awaited cancelled task", t.cancelled(), t.done())
    print("cancel again ->", t.cancel())
    t2 = asyncio.create_task(slow("c2", 0, result=5))
    await t2
    print("result", t2.result(), t2.exception(), t2.done(), t2.cancelled())
    t3 = asyncio.create_task(slow("c3", 0, fail=True))
    try:
        await t3
    except ValueError as e:
        print("task raised", e, type(t3.exception()).__name__)
    t4 = asyncio.create_task(slow("c4", 0))
    try:
        t4.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    await t4
    names = []
    t5 = asyncio.create_task(slow("c5", 0), name="custom")
    t5.add_done_callback(lambda f: names.append(("done", f.get_name(), f.result())))
    await t5
    await asyncio.sleep(0)
    print(names)

async def gathering():
    r = await asyncio.gather(slow("g1", 0.006), slow("g2", 0.003), slow("g3", 0))
    print("gather", r)
    r = await asyncio.gather(slow("g4", 0, fail=True), slow("g5", 0), return_exceptions=True)
    print("gather exc", [type(x).__name__ for x in r])
    try:
        await asyncio.gather(slow("g6", 0, fail=True), slow("g7", 0.003))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0.006)
    print("empty", await asyncio.gather())

async def timeouts():
    try:
        await asyncio.wait_for(slow("w1", 1), timeout=0.001)
    except asyncio.TimeoutError as e:
        print("wait_for timeout", type(e).__name__, type(e.__cause__).__name__)
    print("wait_for ok", await asyncio.wait_for(slow("w2", 0), timeout=1))
    print("wait_for None", await asyncio.wait_for(slow("w3", 0), None))
    try:
        async with asyncio.timeout(0.001):
            await slow("w4", 1)
    except TimeoutError as e:
        print("timeout block", type(e).__name__)
    async with asyncio.timeout(1) as cm:
        await slow("w5", 0)
    print("expired", cm.expired())
    async with asyncio.timeout(None):
        await asyncio.sleep(0)

async def waiting():
    tasks = [asyncio.create_task(slow(f"x{i}", i * 0.004)) for i in range(3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first completed", sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print("all", sorted(t.result() for t in done), len(pending))
    t = asyncio.create_task(slow("x9", 1))
    done, pending = await asyncio.wait([t], timeout=0.001)
    print("timed out wait", len(done), len(pending))
    t.cancel()
    async def steps(name, n):
        for _ in range(n):
            await asyncio.sleep(0)
        return name
    acs = [asyncio.create_task(steps(n, d)) for n, d in [("ac1", 6), ("ac2", 0), ("ac3", 3)]]
    for coro in asyncio.as_completed(acs):
        print("as_completed", await coro)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError", e)

async def sync_primitives():
    ev = asyncio.Event()
    async def waiter(i):
        print("waiting", i)
        await ev.wait()
        print("woken", i)
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("is_set", ev.is_set())
    ev.set()
    await asyncio.gather(*ws)
    lock = asyncio.Lock()
    async def locked(i):
        async with lock:
            print("in lock", i, lock.locked())
            await asyncio.sleep(0)
            print("leaving lock", i)
    await asyncio.gather(*(locked(i) for i in range(3)))
    sem = asyncio.Semaphore(2)
    async def limited(i):
        async with sem:
            print("sem in", i)
            await asyncio.sleep(0)
            print("sem out", i)
    await asyncio.gather(*(limited(i) for i in range(4)))
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)

async def queues():
    q = asyncio.Queue(maxsize=2)
    async def producer():
        for i in range(5):
            await q.put(i)
            print("put", i, q.qsize())
        await q.put(None)
    async def consumer(name):
        while True:
            item = await q.get()
            q.task_done()
            if item is None:
                print(name, "stops")
                return
            print(name, "got", item)
    await asyncio.gather(producer(), consumer("c"))
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("empty queue")
    q2 = asyncio.Queue(1)
    q2.put_nowait(1)
    try:
        q2.put_nowait(2)
    except asyncio.QueueFull:
        print("full queue")
    await q2.get()
    q2.task_done()
    await q2.join()
    print("joined")

@contextlib.asynccontextmanager
async def resource(name):
    print("acquire", name)
    try:
        yield name.upper()
    finally:
        print("release", name)

async def managers():
    async with resource("r1") as r:
        print("using", r)
    try:
        async with resource("r2"):
            raise KeyError("inside")
    except KeyError as e:
        print("propagated", e)
    async with contextlib.AsyncExitStack() as stack:
        a = await stack.enter_async_context(resource("s1"))
        b = await stack.enter_async_context(resource("s2"))
        async def cb(x):
            print("async callback", x)
        stack.push_async_callback(cb, 1)
        stack.callback(print, "sync callback")
        print("stack body", a, b)

    @resource("deco")
    async def decorated():
        print("in decorated")
    await decorated()

def callbacks():
    loop = asyncio.new_event_loop()
    out = []
    loop.call_soon(out.append, 1)
    loop.call_later(0.002, out.append, 3)
    loop.call_later(0.001, out.append, 2)
    h = loop.call_soon(out.append, "never")
    h.cancel()
    loop.call_soon(out.append, 1.5)
    async def main():
        await asyncio.sleep(0.005)
        return "rc"
    print(loop.run_until_complete(main()), out)
    print(loop.is_running(), loop.is_closed())
    loop.close()
    print(loop.is_closed())
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        print("RuntimeError", e)

async def loop_access():
    loop = asyncio.get_running_loop()
    print(loop is asyncio.get_event_loop(), loop.is_running())
    fut = loop.create_future()
    loop.call_later(0.001, fut.set_result, "future value")
    print(await fut)
    print(asyncio.iscoroutinefunction(loop_access), asyncio.iscoroutine(loop_access()))
    print(asyncio.current_task().get_name() != "", len(asyncio.all_tasks()))

async def agen_cleanup():
    async def ticker():
        try:
            for i in range(10):
                yield i
                await asyncio.sleep(0)
        finally:
            print("ticker finally")
    async for i in ticker():
        if i == 2:
            break
    print("after break")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("after sleeps")

async def main():
    for part in [cancelling, gathering, timeouts, waiting, sync_primitives, queues, managers,
                 loop_access, agen_cleanup]:
        print("==", part.__name__)
        await part()
    return "all done"

print(asyncio.run(main()))
callbacks()
try:
    asyncio.run(slow("x", 0)).foo
except AttributeError as e:
    print("AttributeError", e)
try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError", e)

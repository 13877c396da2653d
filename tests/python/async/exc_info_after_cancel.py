# After a task's cancellation is caught in a coroutine, nothing is left as the exception being handled.
import asyncio
async def sleeper():
    await asyncio.sleep(5)
async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        pass
    import sys
    print(sys.exc_info())
    try:
        raise KeyError(1)
    except KeyError as e:
        print(repr(e.__context__))
asyncio.run(main())

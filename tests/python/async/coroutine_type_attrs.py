# The coroutine and async generator types' descriptors (cr_*, ag_*, __name__, __qualname__) in their dicts.
import types, asyncio, sys
print(sorted(k for k in vars(types.CoroutineType) if k.startswith(("cr_", "__name", "__qual"))))
print(sorted(k for k in vars(types.AsyncGeneratorType) if k.startswith(("ag_", "__name", "__qual"))))
async def f():
    await asyncio.sleep(0)
    return 1
async def ag():
    yield 1
c = f()
print(c.cr_code.co_name, c.cr_running, c.cr_frame is not None, c.cr_await, c.cr_suspended, c.cr_origin, c.__name__, c.__qualname__)
c.__name__ = "g"; print(c.__name__)
print(types.CoroutineType.__dict__["cr_code"].__get__(c).co_name, types.CoroutineType.__dict__["cr_running"])
try: c.cr_code = 1
except AttributeError as e: print(e)
try: c.cr_frame = 1
except AttributeError as e: print(e)
c.close()
a = ag()
print(a.ag_code.co_name, a.ag_running, a.ag_frame is not None, a.ag_await, a.__name__)
try: a.ag_running = 1
except AttributeError as e: print(e)
print(asyncio.run(f()))

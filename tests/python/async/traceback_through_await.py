class Wait:
    def __await__(self):
        yield "tick"

async def leaf(d):
    await Wait()
    return d["missing"]

async def mid():
    async with CM():
        return await leaf({})

class CM:
    async def __aenter__(self):
        await Wait()
    async def __aexit__(self, *exc):
        print("aexit sees", exc[0].__name__)

async def top():
    try:
        await mid()
    except KeyError:
        raise ValueError("wrapped")

c = top()
print(c.send(None))
print(c.send(None))
c.send(None)

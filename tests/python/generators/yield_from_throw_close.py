# throw() and close() reach the iterator a `yield from` is running (PEP 380).
def inner():
    try:
        yield 1
        yield 2
    except KeyError:
        return "handled"
    finally:
        print("inner finally")


def outer():
    r = yield from inner()
    print("got", r)
    yield "after"


g = outer()
print(next(g))
print(g.throw(KeyError))
print(list(g))

g = outer()
print(next(g))
g.close()
print("closed")


class Thrower:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        return self.n

    def throw(self, exc):
        print("Thrower.throw", type(exc).__name__)
        if isinstance(exc, ValueError):
            raise StopIteration("done")
        return "kept going"

    def close(self):
        print("Thrower.close")


def deleg():
    r = yield from Thrower()
    yield "result " + r


g = deleg()
print(next(g), next(g))
print(g.throw(TypeError("x")))
print(g.throw(ValueError("y")))
g = deleg()
next(g)
g.close()


def plain():
    yield from iter([1, 2, 3])


g = plain()
next(g)
try:
    g.throw(IndexError("no throw method"))
except IndexError as e:
    print("propagated", e)


def nested():
    try:
        yield from outer()
    except ZeroDivisionError:
        yield "outer-most caught"


g = nested()
print(next(g))
print(g.throw(ZeroDivisionError))

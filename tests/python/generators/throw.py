def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("gen caught", type(e).__name__, e)
        yield "recovered"
    finally:
        print("gen finally")


g = gen()
print(next(g))
print(g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration:
    print("stopped")
g = gen()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(next(g, "after propagate"))
fresh = gen()
try:
    fresh.throw(ValueError("before start"))
except ValueError as e:
    print("unstarted:", e)
print(next(fresh, "fresh is closed"))
g = gen()
next(g)
try:
    g.throw(TypeError)
except TypeError as e:
    print(type(e).__name__, e.args)

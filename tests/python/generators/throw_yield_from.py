def inner():
    try:
        yield "inner 1"
        yield "inner 2"
    except KeyError as e:
        print("inner handles", e)
        yield "inner recovered"
        return "inner ret"


def outer():
    try:
        r = yield from inner()
        print("outer got", r)
        yield "outer continues"
    except ValueError as e:
        print("outer handles", e)
        yield "outer recovered"


g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
g = outer()
print(next(g))
print(g.throw(ValueError("v")))
print(list(g))

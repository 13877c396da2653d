def inner():
    got = []
    while True:
        x = yield len(got)
        if x == "stop":
            return got
        got.append(x)


def outer():
    result = yield from inner()
    print("inner collected", result)
    yield "outer done"


g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.send("stop"))
print(next(g, "end"))


def averager():
    total = count = 0
    avg = None
    while True:
        term = yield avg
        if term is None:
            return avg
        total += term
        count += 1
        avg = total / count


def grouper(results, key):
    while True:
        results[key] = yield from averager()


results = {}
for key, values in {"a": [1, 2, 3], "b": [10, 20]}.items():
    grp = grouper(results, key)
    next(grp)
    for v in values:
        grp.send(v)
    grp.send(None)
print(results)

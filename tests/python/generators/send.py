def accumulator():
    total = 0
    while True:
        value = yield total
        print("received", value)
        if value is None:
            break
        total += value
    return total


acc = accumulator()
print(acc.send(None))
print(acc.send(5))
print(acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)
g = accumulator()
try:
    g.send(1)
except TypeError as e:
    print(type(e).__name__, e)
print(next(g), g.send(3), next(g, "nothing"))


def echo():
    x = yield
    while True:
        x = yield x * 2


e = echo()
next(e)
print([e.send(i) for i in range(4)])

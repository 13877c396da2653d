data = [3, 1, 4, 0, 5]
pos = [0]


def reader():
    v = data[pos[0]]
    pos[0] += 1
    return v


print(list(iter(reader, 0)), pos[0])
it = iter([1, 2, 3, None, 4]).__next__
print(list(iter(it, None)))
calls = iter(lambda: "x", "x")
print(next(calls, "immediately done"), type(calls).__name__)
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)

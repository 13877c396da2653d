# heappush/heappop/heapify/heapreplace/heappushpop: layouts, order, errors.
import heapq
import random

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 0, 6]:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(len(h))])

data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 5, 5, 3]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), data)
print(heapq.heappushpop(data, 4), data)
print(heapq.heappushpop([], 4))

r = random.Random(12)
for n in (0, 1, 2, 17, 100):
    xs = [r.randrange(50) for _ in range(n)]
    heapq.heapify(xs)
    ok = all(xs[(i - 1) // 2] <= xs[i] for i in range(1, len(xs)))
    print(n, ok, xs[:8])
    out = []
    while xs:
        out.append(heapq.heappop(xs))
    print(out == sorted(out))

# tuples and stability of layout with equal priorities
tasks = []
for pri, name in [(2, 'b'), (1, 'a'), (2, 'a'), (0, 'z'), (1, 'b')]:
    heapq.heappush(tasks, (pri, name))
print(tasks)
while tasks:
    print(heapq.heappop(tasks))

# only < is used
class Lt:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Lt.calls += 1
        return self.v < other.v
    def __repr__(self):
        return f"Lt({self.v})"

items = [Lt(v) for v in [4, 1, 3, 2]]
heapq.heapify(items)
print(items, Lt.calls)
print(heapq.heappop(items), items)

class Sub(list):
    pass
s = Sub([3, 1, 2])
heapq.heapify(s)
print(s, type(s).__name__)

def err(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

err(heapq.heappush)
err(heapq.heappush, 1, 2)
err(heapq.heappush, [], 1, 2)
err(heapq.heappop, [])
err(heapq.heappop)
err(heapq.heappop, 1)
err(heapq.heapify)
err(heapq.heapify, (3, 1))
err(heapq.heapify, [], [])
err(heapq.heapreplace, [], 1)
err(heapq.heapreplace, 1, 1)
err(heapq.heappushpop, (1,), 1)
err(heapq.heappush, [1], 'a')
err(heapq.heapify, [1, 'a', 2])
print(sorted(heapq.__all__))

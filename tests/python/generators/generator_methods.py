class Range2D:
    def __init__(self, w, h):
        self.w, self.h = w, h

    def cells(self):
        for y in range(self.h):
            for x in range(self.w):
                yield x, y

    def row(self, y):
        return (x for x in range(self.w) if (x + y) % 2 == 0)

    @staticmethod
    def counter(n):
        yield from range(n)

    @classmethod
    def names(cls):
        yield cls.__name__
        yield "done"


r = Range2D(2, 2)
print(list(r.cells()), list(r.row(1)), list(Range2D.counter(3)), list(r.names()))
g = r.cells()
print(g.__name__, g.__qualname__)


class Counter:
    def __init__(self):
        self.count = 0

    def ticks(self):
        while True:
            self.count += 1
            yield self.count


c = Counter()
t1, t2 = c.ticks(), c.ticks()
print(next(t1), next(t2), next(t1), c.count)

class Fib:
    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b


class Cycle:
    def __init__(self, items, times):
        self.items = items
        self.times = times
        self.pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos >= len(self.items) * self.times:
            raise StopIteration
        item = self.items[self.pos % len(self.items)]
        self.pos += 1
        return item


f = Fib(50)
print(list(f), list(f), 21 in f, sum(f))
c = Cycle("ab", 2)
print(list(c), list(c))
it1, it2 = iter(f), iter(f)
print(next(it1), next(it1), next(it2), type(it1).__name__)
print(list(zip(Fib(10), Cycle("xyz", 5))))


class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child


t = Tree(1, Tree(2, Tree(3)), Tree(4, Tree(5), Tree(6)))
print(list(t), max(t), len(list(t)))

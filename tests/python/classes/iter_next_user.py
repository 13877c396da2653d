class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIter(self.start)


class CountdownIter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


c = Countdown(3)
print(list(c), list(c), sum(c), max(c))
for x in c:
    print(x, end=" ")
print()
it = iter(c)
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
a, b, d = Countdown(3)
print(a, b, d)
print(*Countdown(2), sep=",")
print([x * 10 for x in Countdown(4)], dict(zip("abc", Countdown(3))))
print(tuple(enumerate(Countdown(2))), sorted(Countdown(4)))


class NotIter:
    pass


class BadIter:
    def __iter__(self):
        return 5


for obj in (NotIter(), BadIter()):
    try:
        iter(obj)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    for _ in NotIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(Countdown(1))
except TypeError as e:
    print(type(e).__name__, e)

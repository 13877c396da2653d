def bad():
    yield 1
    raise StopIteration("oops")


g = bad()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)


def uses_next(it):
    while True:
        yield next(it)


try:
    print(list(uses_next(iter([1, 2]))))
except RuntimeError as e:
    print(type(e).__name__, e)


def safe(it):
    for x in it:
        yield x
    return


print(list(safe(iter([1, 2]))))


def sub_stop():
    yield 0
    raise StopIteration


try:
    list(x for x in sub_stop())
except RuntimeError as e:
    print("nested:", e)


class It:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration("fine in a class")


print(list(It()))

def gen():
    yield 1
    yield 2
    return "done"


g = gen()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print(type(e).__name__, repr(e.value), e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", repr(e.value), e.args)


def ret_tuple():
    return (1, 2)
    yield


try:
    next(ret_tuple())
except StopIteration as e:
    print(e.value, e.args)


def ret_none():
    yield 1
    return None


it = ret_none()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args, str(e) == "")
print(list(gen()))

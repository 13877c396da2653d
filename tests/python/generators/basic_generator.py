def count_up(n):
    print("start")
    i = 0
    while i < n:
        print("yielding", i)
        yield i
        i += 1
    print("end")


g = count_up(2)
print(type(g).__name__, g.__name__, g.__qualname__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
print(next(g, "exhausted"))
print(list(count_up(3)))
print(iter(g) is g, hasattr(g, "__next__"))


def empty():
    return
    yield


print(list(empty()), type(empty()).__name__)


def gen_with_if(flag):
    if flag:
        yield "a"
    yield "b"


print(list(gen_with_if(True)), list(gen_with_if(False)))

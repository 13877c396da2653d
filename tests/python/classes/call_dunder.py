class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale


add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder))
print(list(map(add5, [1, 2, 3])))
try:
    add5()
except TypeError as e:
    print(type(e).__name__, e)


class Plain:
    pass


print(callable(Plain()))
try:
    Plain()()
except TypeError as e:
    print(type(e).__name__, e)
p = Plain()
p.__call__ = lambda: "instance attr"
print(callable(p))
try:
    p()
except TypeError as e:
    print(type(e).__name__, e)


class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), len(fib.cache), type(fib).__name__)

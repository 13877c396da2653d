def apply(f, *args):
    return f(*args)


def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed


print(apply(max, 3, 9, 4), apply(len, "hello"), apply(lambda: "thunk"))
pipeline = compose(str, lambda x: x * 2, abs)
print(repr(pipeline(-21)))


def memoize(f):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), len(fib.cache))
print(list(map(pow, [2, 3, 4], [3, 2, 1])), sorted([3, 1, 2], key=lambda v: -v))

def repeat(times):
    def decorator(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorator


@repeat(3)
def hi(name):
    return "hi " + name


print(hi("x"))
registry = {}


def register(name):
    def decorator(func):
        registry[name] = func
        return func
    return decorator


@register("plus")
def plus(a, b):
    return a + b


@register("minus")
def minus(a, b):
    return a - b


print(sorted(registry), registry["plus"](2, 3), registry["minus"](2, 3), plus is registry["plus"])


def with_prefix(prefix):
    return lambda f: lambda *a: prefix + str(f(*a))


@with_prefix("=> ")
@repeat(2)
def value(x):
    return x * 2


print(value(21))
print((lambda f: f)(len)("abc"))

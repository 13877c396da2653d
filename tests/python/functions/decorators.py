def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper() + "!"
    return wrapper


def trace(func):
    def wrapper(*args):
        print("calling", func.__name__, args)
        result = func(*args)
        print("returned", repr(result))
        return result
    return wrapper


@shout
def hello(name):
    return "hello " + name


print(hello("world"))
print(hello.__name__)


@trace
@shout
def bye(name):
    return "bye " + name


print(bye("moon"))


@trace
def add(a, b):
    return a + b


add(2, 3)

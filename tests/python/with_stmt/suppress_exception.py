class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            print("suppressed", exc_type.__name__, exc)
            self.caught = exc
            return True
        return False


with Suppress(ZeroDivisionError) as s:
    print("before")
    1 / 0
    print("not reached")
print("after", type(s.caught).__name__)
with Suppress(KeyError, IndexError):
    [][5]
try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped", e)


class Truthy:
    def __enter__(self):
        pass

    def __exit__(self, *a):
        return "yes"


class Falsy:
    def __enter__(self):
        pass

    def __exit__(self, *a):
        return 0


with Truthy():
    raise RuntimeError("swallowed by truthy string")
print("truthy return suppresses")
try:
    with Falsy():
        raise RuntimeError("kept")
except RuntimeError as e:
    print("falsy return propagates:", e)


def f():
    with Suppress(ValueError):
        raise ValueError("in function")
    return "function continued"


print(f())

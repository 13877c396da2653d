class GeneratorCM:
    def __init__(self, gen):
        self.gen = gen

    def __enter__(self):
        return next(self.gen)

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(exc)
        except StopIteration:
            return True
        except BaseException as e:
            if e is exc:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(fn):
    def helper(*args, **kwargs):
        return GeneratorCM(fn(*args, **kwargs))
    return helper


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    finally:
        print(f"</{name}>")


@contextmanager
def ignoring(exc_type):
    try:
        yield
    except exc_type as e:
        print("ignoring", type(e).__name__, e)


with tag("html") as t:
    with tag("body"):
        print("content in", t)
with ignoring(KeyError):
    {}["missing"]
print("continued")
try:
    with tag("p"):
        raise ValueError("inside p")
except ValueError as e:
    print("propagated", e)

# __enter__ and __exit__ of Python classes run as frames of the eval loop: every kind of
# __enter__ (plain, with defaults, *args, staticmethod, classmethod, builtin, a property
# returning a callable, patched on the class between uses), errors raised inside them
# with their tracebacks, a missing __exit__, recursion through with, and __exit__
# taking *args or a fixed signature.
import sys
import traceback


class Plain:
    def __init__(self, tag):
        self.tag = tag

    def __enter__(self):
        print("enter", self.tag)
        return self.tag.upper()

    def __exit__(self, *exc):
        print("exit", self.tag, exc[0].__name__ if exc[0] else None)
        return False


class Defaults:
    def __enter__(self, extra="d"):
        return extra

    def __exit__(self, t, v, tb):
        return t is KeyError


class StarArgs:
    def __enter__(*args):
        return len(args)

    def __exit__(self, *a):
        pass


class Static:
    @staticmethod
    def __enter__():
        return "static"

    def __exit__(self, *a):
        pass


class ClassM:
    @classmethod
    def __enter__(cls):
        return cls.__name__

    def __exit__(self, *a):
        pass


class Builtin(dict):
    __enter__ = dict.copy

    def __exit__(self, *a):
        pass


def run():
    with Plain("a") as x, Plain("b") as y:
        print(x, y)
    with Defaults() as d:
        print("defaults", d)
    with Defaults():
        raise KeyError("suppressed")
    print("after suppression")
    for cm in (StarArgs(), Static(), ClassM(), Builtin(k=1)):
        with cm as v:
            print(type(cm).__name__, v)
    try:
        with Plain("c"):
            raise ValueError("inside")
    except ValueError as e:
        print("caught", e)


run()


class Fails:
    def __enter__(self):
        raise RuntimeError("enter failed")

    def __exit__(self, *a):
        print("never")


def uses_fails():
    with Fails():
        print("never")


try:
    uses_fails()
except RuntimeError:
    lines = traceback.format_exc().splitlines()
    print("\n".join(line for line in lines if "File" not in line))


class NoExit:
    def __enter__(self):
        return self


try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError:", e)


# The class changes between two runs of the same with statement.
class Swapped:
    def __enter__(self):
        return "first"

    def __exit__(self, *a):
        pass


def use(cm):
    with cm as v:
        return v


s = Swapped()
print(use(s))
Swapped.__enter__ = lambda self: "second"
print(use(s))
del Swapped.__enter__
try:
    use(s)
except TypeError as e:
    print("TypeError:", e)


# Recursion through with statements ends in RecursionError, and the program goes on.
class Deep:
    def __enter__(self):
        return deep()

    def __exit__(self, *a):
        pass


def deep():
    with Deep() as v:
        return v


sys.setrecursionlimit(200)
try:
    deep()
except RecursionError:
    print("RecursionError")
sys.setrecursionlimit(1000)
print(use(Plain("last")))

class CM:
    def __init__(self, name, fail_enter=False):
        self.name = name
        self.fail_enter = fail_enter

    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise OSError(f"cannot enter {self.name}")
        return self.name

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return False


with CM("a") as x, CM("b") as y:
    print("body", x, y)
print("---")
try:
    with CM("a") as x, CM("b") as y:
        raise ValueError("body error")
except ValueError as e:
    print("caught", e)
print("---")
try:
    with CM("a"), CM("b", fail_enter=True), CM("c"):
        print("not reached")
except OSError as e:
    print("caught", e)
print("---")
with (CM("p") as p,
      CM("q") as q):
    print("parenthesized", p, q)

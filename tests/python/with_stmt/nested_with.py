class Level:
    depth = 0

    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("  " * Level.depth + "enter " + self.name)
        Level.depth += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        Level.depth -= 1
        print("  " * Level.depth + f"exit {self.name} ({exc_type.__name__ if exc_type else 'ok'})")
        return self.suppress


with Level("outer"):
    with Level("middle"):
        with Level("inner"):
            print("  " * Level.depth + "work")
with Level("outer", suppress=True):
    with Level("middle"):
        with Level("inner"):
            raise KeyError("deep")
    print("not reached")
print("after suppression by outer")
with Level("outer"):
    with Level("middle", suppress=True):
        raise ValueError("x")
    print("continues in outer")

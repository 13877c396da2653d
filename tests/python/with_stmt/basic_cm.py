class Managed:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, exc, tb)
        return False


with Managed("a") as value:
    print("body", value)
with Managed("b"):
    print("no target")
m = Managed("c")
with m as v:
    pass
print(v)


class ReturnsSelf:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        print("exit args count", len(args))


with ReturnsSelf() as r:
    print(type(r).__name__)
with Managed("t") as (first, *rest):
    print(first, rest)
holder = {}
with Managed("d") as holder["key"]:
    pass
print(holder)

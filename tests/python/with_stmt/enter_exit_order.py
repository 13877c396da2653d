def make(name):
    print("evaluate", name)
    return CM(name)


class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, *exc):
        print("exit", self.name)


with make("first") as a, make("second") as b:
    print("body", a, b)



class Target:
    def __init__(self):
        self.items = []

    def __setitem__(self, k, v):
        print("setitem", k, v)


t = Target()
with make("third") as t["slot"]:
    print("body after target assigned")

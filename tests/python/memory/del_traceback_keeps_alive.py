class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


def fail():
    t = Tracked("frame local")
    raise ValueError("boom")


try:
    fail()
except ValueError as e:
    print("handling", e)
print("after handler")


def fine():
    t = Tracked("normal return")
    return 1


fine()
print("after normal return")

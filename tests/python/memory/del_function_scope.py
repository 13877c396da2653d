class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


def work():
    t = Tracked("local")
    print("working with", t.name)
    return "result"


print(work())
print("after work()")


def keep():
    t = Tracked("returned")
    return t


kept = keep()
print("kept", kept.name)
del kept
print("after del kept")


def temp():
    Tracked("temporary")
    print("temporary expression statement done")


temp()


def loop():
    for i in range(3):
        x = Tracked(f"loop{i}")
    print("loop finished")


loop()
print("end of program")

class R:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("release", self.name)


class Holder:
    pass


h = Holder()
h.res = R("first")
h.res = R("second")
print("replaced attribute")
del h.res
print("deleted attribute")
h.res = R("third")
h = None
print("holder dropped")
slots = [R("s0"), R("s1")]
slots[0] = slots[1]
print("slot 0 overwritten")
del slots
print("end")

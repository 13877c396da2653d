class Noisy:
    def __init__(self, name):
        self.name = name
        print("create", name)

    def __del__(self):
        print("del", self.name)


a = Noisy("a")
b = a
del a
print("after del a (b still refers)")
del b
print("after del b")
c = Noisy("c")
c = Noisy("c2")
print("after rebinding c")
c = None
print("after c = None")
items = [Noisy("in list")]
items.pop()
print("after pop")
d = {"k": Noisy("in dict")}
d["k"] = 1
print("after dict overwrite")

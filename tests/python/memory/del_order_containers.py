class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del item", self.n)


class Owner:
    def __init__(self):
        self.children = [Item(1), Item(2)]

    def __del__(self):
        print("del owner")


o = Owner()
del o
print("---")
lst = [Item(10), Item(11), Item(12)]
del lst[1]
print("removed middle")
lst.clear()
print("cleared")
t = (Item(20),)
t = ()
print("tuple replaced")
x = Item(30)
x.self_ref_free = Item(31)
del x
print("done")

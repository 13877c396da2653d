import gc

gc.collect()


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("__del__", self.name)


x = Node("x")
y = Node("y")
x.other = y
y.other = x
del x, y
print("cycle unreachable, not yet collected")
gc.collect()
print("after collect")
z = Node("z")
z.other = Node("z-child")
del z
print("acyclic freed immediately")

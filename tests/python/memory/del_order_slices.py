# The order in which __del__ runs when lists and tuples let go of several items at once
# (CPython: last to first for a list's or tuple's own release, clear() and plain slices;
# slice order for extended slices).
class Item:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def items(*ns):
    return [Item(n) for n in ns]


print("-- list dropped")
lst = items(1, 2, 3)
lst = None
print("-- tuple dropped")
t = tuple(items(1, 2, 3))
t = None
print("-- nested")
lst = [items(1, 2), (Item(3), Item(4)), Item(5)]
del lst
print("-- del plain slice")
lst = items(0, 1, 2, 3, 4, 5)
del lst[1:4]
print("-- del extended slice")
del lst[::-1]
print("-- del step-2 slice")
lst = items(0, 1, 2, 3, 4, 5)
del lst[::2]
print("-- slice assignment, same size")
lst[0:2] = [None, None]
print("-- slice assignment, resizing")
lst = items(0, 1, 2, 3)
lst[1:3] = [None]
print("-- extended slice assignment")
lst = items(0, 1, 2, 3)
lst[::-2] = [None, None]
print("-- clear and empty slice assignment")
lst = items(0, 1, 2)
lst.clear()
lst = items(0, 1, 2)
lst[:] = []
print("-- in-place repeat by zero")
lst = items(0, 1, 2)
lst *= 0
print("-- pop and remove")
lst = items(0, 1, 2)
lst.pop()
lst.pop(0)
print("-- dict values go first to last")
d = {k: Item(k) for k in range(3)}
d = None
print("done")
print("-- owners with children")


class Owner:
    def __init__(self, name, *ns):
        self.name = name
        self.children = items(*ns)

    def __del__(self):
        print("del owner", self.name)


lst = [Owner("a", 1, 2), Owner("b", 3, 4), Item(5)]
lst = None
print("-- a __del__ that releases more")


class Dropper:
    def __init__(self):
        self.held = items(7, 8)

    def __del__(self):
        print("dropper start")
        self.held = None
        print("dropper end")


lst = (Item(6), Dropper(), Item(9))
lst = None
print("end")

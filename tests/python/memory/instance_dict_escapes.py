# An instance's __dict__, once handed out, can take part in reference cycles: stored
# in itself, in another object, or in the instance. The cycle collector frees such
# cycles, and never frees what is still reachable from outside.
import gc


class Obj:
    pass


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)


# The dict stored in itself, the instance gone.
a = Obj()
a.tag = Noisy("in self-referencing dict")
d = a.__dict__
d["me"] = d
del a, d
print("before collect 1")
gc.collect()
print("after collect 1")

# A cycle instance -> dict -> instance through the dict handed out, with an object in
# the dict that is still referenced from outside: it must survive intact.
keep = [1, 2, 3]
b = Obj()
b.shared = keep
b.noisy = Noisy("in instance cycle")
dd = vars(b)
dd["back"] = b
dd["dd"] = dd
del b, dd
gc.collect()
print("after collect 2", keep)

# Handed out many times: still one container, no growth in collection work.
c = Obj()
c.x = 1
for _ in range(10000):
    c.__dict__["x"] += 1
print(c.x, gc.collect() >= 0)

# Live objects whose dicts were handed out are left alone.
live = Obj()
live.items = [Noisy("live")]
vars(live)["alias"] = vars(live)
gc.collect()
print("live", live.items[0].name, live.alias is vars(live))

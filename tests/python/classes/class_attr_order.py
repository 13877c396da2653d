class Ordered:
    zeta = 1
    alpha = 2

    def middle(self):
        pass

    beta = 3


print([k for k in Ordered.__dict__ if not k.startswith("__")])
o = Ordered()
o.z = 1
o.a = 2
o.m = 3
print(list(vars(o)))
del o.z
o.z = 4
print(list(vars(o)))
print(sorted(n for n in dir(o) if not n.startswith("__")))
print([n for n in dir(Ordered) if n.startswith("__")][:3])
print("__init__" in dir(o), "middle" in dir(Ordered))

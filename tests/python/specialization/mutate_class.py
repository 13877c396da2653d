# Changing a class (methods, attributes, descriptors) mid-loop is seen at once.
class A:
    kind = "a"
    def m(self):
        return "m1"

a = A()
seen = []
for i in range(6):
    seen.append((a.m(), a.kind))
    if i == 1:
        A.m = lambda self: "m2"
    if i == 3:
        A.kind = "b"
        a.m = lambda: "instance"
print(seen)

class B:
    pass

b = B()
b.x = 1
vals = []
for i in range(6):
    vals.append(b.x)
    if i == 2:
        B.x = property(lambda self: "prop")
    if i == 4:
        del B.x
print(vals)

class C:
    def __init__(self):
        self.v = 0

objs = [C(), C()]
for i in range(4):
    for o in objs:
        o.v += i
    if i == 1:
        C.__setattr__ = lambda self, k, v: object.__setattr__(self, k, v * 10)
print([o.v for o in objs])

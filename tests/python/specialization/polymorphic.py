# One call site seeing many types, and attributes changing type.
class Base:
    def name(self):
        return "base"

class D1(Base):
    def name(self):
        return "d1"

class D2(Base):
    pass

class Slotted:
    __slots__ = ("name",)
    def __init__(self):
        self.name = "slot"

items = [Base(), D1(), D2(), D1(), Base()]
print([x.name() for x in items])
s = Slotted()
print([getattr(s, "name") for _ in range(3)])

class Box:
    pass

b = Box()
results = []
for v in [1, 2.5, "three", [4], None, 6]:
    b.val = v
    results.append(type(b.val).__name__)
print(results)
total = 0
for i in range(10):
    total = total + (i if i % 2 else float(i))
print(total)

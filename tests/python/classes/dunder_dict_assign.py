class A:
    def __init__(self): self.x = 1
a = A()
d = {"y": 2}
for i in range(3):
    a.__dict__ = d if i % 2 == 0 else {"x": i}
    print(sorted(vars(a)), a.__dict__ is d, getattr(a, "x", None), getattr(a, "y", None))
d["z"] = 3
a.__dict__ = d
print(a.z, a.__dict__ is d)
a.w = 5
print(d["w"])
class S:
    __slots__ = ("q",)
s = S()
try:
    s.__dict__ = {}
except AttributeError as e:
    print(type(e).__name__, e)
try:
    a.__dict__ = [("x", 1)]
except TypeError as e:
    print(type(e).__name__, e)
b = A()
b.__dict__ = a.__dict__
b.shared = 1
print(a.shared, vars(b) is vars(a))
class K: pass
K.__name__ = "Renamed"
print(K.__name__, K, K.__qualname__)
K.__qualname__ = "Q"
print(K, repr(K()).split(" object")[0])

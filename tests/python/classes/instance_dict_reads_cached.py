# `obj.__dict__` read at one site over and over: the instance's current dict (after
# `obj.__dict__ = {...}` too), a class that overrides `__dict__` later, subclasses,
# slots, and objects without a dict.
class A:
    pass


class B(A):
    pass


def read(o):
    return o.__dict__


a = A()
a.x = 1
d1 = read(a)
print(d1, read(a) is d1)
a.__dict__ = {"y": 2}
print(read(a), read(a) is d1, a.y)
b = B()
b.z = 3
print(read(b), read(a))

# A class whose __dict__ is a property, read at the same site.
class C:
    @property
    def __dict__(self):
        return {"from": "property"}


c = C()
print(read(c), read(a), read(c))


class S:
    __slots__ = ("p",)


for o in (S(), 5, "s"):
    try:
        print(read(o))
    except AttributeError as e:
        print("AttributeError:", e)


class G:
    def __getattribute__(self, name):
        if name == "__dict__":
            return {"hooked": True}
        return object.__getattribute__(self, name)


print(read(G()), read(a))
# Writing through the dict a read handed out.
e = A()
read(e)["k"] = "v"
print(e.k, read(e))
# A dict stored in itself is collected like any cycle.
import gc
f = A()
f.me = read(f)
del f
print(gc.collect() >= 1)

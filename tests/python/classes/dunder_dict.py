class A:
    cls_attr = 1

    def __init__(self):
        self.a = 1
        self.b = 2

    def method(self):
        pass


a = A()
print(a.__dict__)
a.__dict__["c"] = 3
print(a.c)
a.d = 4
print(list(a.__dict__))
del a.__dict__["a"]
print(hasattr(a, "a"), vars(a) is a.__dict__)
a.__dict__ = {"fresh": True}
print(a.fresh, hasattr(a, "b"))
print("cls_attr" in A.__dict__, "method" in A.__dict__, "cls_attr" in a.__dict__)
print(type(A.__dict__).__name__)
try:
    A.__dict__["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(k for k in A.__dict__ if not k.startswith("__")))

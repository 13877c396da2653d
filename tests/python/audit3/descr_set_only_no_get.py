class SetOnly:
    def __set__(self, inst, val): print("set", val)
class A:
    so = SetOnly()
a = A()
a.__dict__["so"] = "inst"
print(type(a.so).__name__)

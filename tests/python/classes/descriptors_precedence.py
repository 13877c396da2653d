class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"


class Data:
    def __get__(self, obj, objtype=None):
        return "data"

    def __set__(self, obj, value):
        print("Data.__set__", value)


class A:
    nd = NonData()
    d = Data()


a = A()
print(a.nd, a.d)
a.__dict__["nd"] = "instance nd"
a.__dict__["d"] = "instance d"
print(a.nd, a.d)
a.d = 5
print(a.__dict__)
print(A.nd, A.d)
A.d = "replaced on class"
print(a.d)


class GetOnly:
    def __get__(self, obj, objtype=None):
        return ("get", obj is None, objtype.__name__)


class B:
    g = GetOnly()


print(B.g, B().g)
b = B()
b.g = 99
print(b.g)

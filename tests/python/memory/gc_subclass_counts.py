# gc.collect() counts an instance of a subclass of a builtin type as one object (its
# builtin value is part of it), and its __dict__ as another once it has attributes,
# as CPython does; an instance of a class based on object counts its __dict__ only
# once handed out.
import gc


class A:
    pass


class B(A):
    pass


class L(list):
    pass


class D(dict):
    pass


class S(set):
    pass


class F(frozenset):
    pass


class I(int):
    pass


class T(tuple):
    pass


class E(Exception):
    pass


class Str(str):
    pass


class By(bytearray):
    pass


gc.collect()


def attr_cycle(C, *args):
    x = C(*args)
    x.me = x
    del x
    return gc.collect()


for C, args in ((A, ()), (B, ()), (L, ()), (D, ()), (S, ()), (F, ()), (I, (5,)),
                (T, ()), (E, ()), (Str, ("s",)), (By, ())):
    print(C.__name__, "attr", attr_cycle(C, *args))

x = L()
x.append(x)
del x
print("L item", gc.collect())

x = D()
x[1] = x
del x
print("D item", gc.collect())

x = L([[1], [2]])
x.append(x)
del x
print("L nested", gc.collect())

x = L()
x.append(x)
x.a = 1
del x
print("L item+attr", gc.collect())

x = D(k=[1])
x["me"] = x
x.a = [2]
del x
print("D item+attr", gc.collect())

x = L()
x.append(x)
x.d = x.__dict__
del x
print("L dict handed out", gc.collect())

x = A()
x.me = x
x.__dict__
del x
print("A dict handed out", gc.collect())


class SH:
    def __init__(self, s):
        self.s = s

    def __hash__(self):
        return 1


x = S()
x.add(SH(x))
del x
print("S item", gc.collect())

a = A()
f = F([a])
f.me = f
del f, a
print("F holding", gc.collect())

x = E()
x.n = 1
x.me = [x]
del x
print("E attr list", gc.collect())

x = L()
x.append(x)
x.a = 1
x.b = "s"
x.c = (1, 2)
del x
print("L atoms", gc.collect())

m = type(gc)("m")
m.m = m
del m
print("module", gc.collect())

m = type(gc)("m")
m.m = m
m.x = [1]
del m
print("module holding", gc.collect())

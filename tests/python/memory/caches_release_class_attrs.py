"""Lookup caches do not keep class attributes alive: a value read from a class, a
special method run by a subscript (and the closure it holds) and a class's methods
found through the type lookup cache are freed, with their finalizers, when CPython
frees them."""
import gc


class F:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class C:
    pass


C.x = [F("class attribute")]


def read():
    return C.x


read()
read()
del C.x
gc.collect()
print("after del C.x")


def make():
    res = F("closure of __getitem__")

    class A:
        def __getitem__(self, k):
            return res

    return A()


def use(o):
    return o[0]


a = make()
use(a)
use(a)
del a
gc.collect()
print("after the subscripted class")


def make_called():
    res = F("closure of __call__")

    class K:
        def __call__(self):
            return res

        def __contains__(self, x):
            return res is x

    return K()


k = make_called()
k()
print(k() in k)
del k
gc.collect()
print("after the called class")


def make_method():
    res = F("closure of a method")

    class M:
        def get(self):
            return res

    return M()


def call_get(o):
    return o.get()


m = make_method()
call_get(m)
call_get(m)
del m
gc.collect()
print("after the method's class")


class Poly1:
    def get(self):
        return 1


class Poly2:
    def get(self):
        return 2


print([call_get(o) for o in (Poly1(), Poly2(), Poly1(), Poly2())])
shadow = Poly1()
shadow.get = lambda: "instance"
print(call_get(shadow), call_get(Poly1()))


def make_property():
    res = F("closure of a property getter")

    class P:
        @property
        def prop(self):
            return res

    return P()


def make_value():
    shared = [F("class attribute read through an instance")]

    class V:
        value = shared

    return V()


def read_prop(o):
    return o.prop


def read_value(o):
    return o.value


p = make_property()
read_prop(p)
read_prop(p)
del p
gc.collect()
print("after the property's class")
v = make_value()
read_value(v)
read_value(v)
del v
gc.collect()
print("after the class attribute's class")

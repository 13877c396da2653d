# Subclasses of super: their instances are super objects with the subclass's attributes.


class A:
    def f(self):
        return "A.f"

    def g(self):
        return "A.g"

    tag = "A.tag"


class B(A):
    def f(self):
        return "B.f"

    tag = "B.tag"


class MySuper(super):
    extra = 5

    def hello(self):
        return "hello " + self.f()

    def f(self):
        return "MySuper.f"


b = B()
m = MySuper(B, b)
print(type(m).__name__, type(m) is MySuper, isinstance(m, super), isinstance(m, MySuper))
print(MySuper.__mro__)
print(issubclass(MySuper, super), MySuper.__base__ is super)
# the search through B's MRO comes before the subclass's own attributes
print(m.f(), m.g(), m.tag)
print(m.hello(), m.extra)
print(m.__thisclass__ is B, m.__self__ is b, m.__self_class__ is B)
print(repr(m) == "<super: <class 'B'>, <B object>>")
print(m.__class__ is MySuper)
m.note = 1
print(m.note, m.__dict__)

# unbound subclass instance bound through __get__ keeps its class
u = MySuper(B)
print(type(u).__name__, u.__self__)
bu = u.__get__(b, B)
print(type(bu).__name__, bu.f(), bu.hello())


class Loud(super):
    def __repr__(self):
        return "Loud(" + self.__thisclass__.__name__ + ")"

    def __getattribute__(self, name):
        if name == "special":
            return "special!"
        return super().__getattribute__(name)


lo = Loud(B, b)
print(repr(lo), lo.special, lo.f(), lo.tag)


class WithInit(super):
    def __init__(self, *args):
        super().__init__(*args)
        self.made = len(args)


w = WithInit(B, b)
print(type(w).__name__, w.made, w.f())


# zero-argument use of a subclass inside a method
class C(B):
    def f(self):
        return "C.f>" + MySuper(C, self).f()


print(C().f())
try:
    MySuper(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    MySuper(B, 1)
except TypeError as e:
    print("TypeError", e)

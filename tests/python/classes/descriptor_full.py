class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.private[1:]} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        print("deleting", self.private)
        delattr(obj, self.private)


class Person:
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age


p = Person("Ann", 30)
print(p.name, p.age, sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
del p.age
try:
    p.age
except AttributeError as e:
    print(type(e).__name__, e)
print(isinstance(Person.name, Typed))


class NoDelete:
    def __get__(self, obj, objtype=None):
        return 1

    def __set__(self, obj, value):
        pass


class Q:
    x = NoDelete()


try:
    del Q().x
except AttributeError as e:
    print(type(e).__name__, e)

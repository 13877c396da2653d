class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.owner = owner
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset:" + self.name)

    def __set__(self, obj, value):
        obj.__dict__[self.name] = value * 2


class Model:
    first = Named()
    second = Named()

    def __init__(self):
        self.first = 5


m = Model()
print(m.first, m.second)
print(Model.first.name, Model.second.owner is Model)
later = Named()
Model.third = later
print(hasattr(later, "name"))
try:
    m.third
except AttributeError as e:
    print(type(e).__name__, e)
later.__set_name__(Model, "third")
print(m.third)

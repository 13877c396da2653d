registry = {}


def register(cls):
    registry[cls.__name__] = cls
    return cls


def add_greeting(greeting):
    def deco(cls):
        cls.greet = lambda self: f"{greeting}, {self.name}"
        return cls
    return deco


def replace(cls):
    return "replaced " + cls.__name__


@register
@add_greeting("Hello")
class Person:
    def __init__(self, name):
        self.name = name


@replace
class Gone:
    pass


print(sorted(registry), Person("Ann").greet(), Gone)


def counting(cls):
    orig_init = cls.__init__

    def __init__(self, *args):
        cls.instances += 1
        orig_init(self, *args)

    cls.instances = 0
    cls.__init__ = __init__
    return cls


@counting
class Thing:
    def __init__(self, v):
        self.v = v


things = [Thing(i) for i in range(4)]
print(Thing.instances, things[2].v, Thing.__init__.__name__)

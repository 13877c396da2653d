class A:
    def __new__(cls, *args, **kwargs):
        print("new", cls.__name__, args, kwargs)
        inst = super().__new__(cls)
        inst.created = True
        return inst

    def __init__(self, x, y=0):
        print("init", x, y)
        self.x = x


a = A(1, y=2)
print(a.created, a.x)


class Other:
    def __new__(cls):
        print("Other.__new__")
        return 42

    def __init__(self):
        print("never printed")


print(Other())


class Singleton:
    _inst = None

    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst

    def __init__(self):
        print("init again")


s1 = Singleton()
s2 = Singleton()
print(s1 is s2)
try:
    object.__new__(1)
except TypeError as e:
    print(type(e).__name__, e)

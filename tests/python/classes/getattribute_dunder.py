class Logged:
    def __init__(self):
        self.a = 1

    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("getattribute", name)
        return super().__getattribute__(name)

    def method(self):
        return self.a


obj = Logged()
print(obj.a)
print(obj.method())
try:
    obj.nope
except AttributeError as e:
    print(type(e).__name__, e)


class Both:
    def __getattribute__(self, name):
        if name == "hidden":
            raise AttributeError(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "getattr:" + name

    visible = "v"


b = Both()
print(b.visible, b.hidden, b.other)


class Masking:
    def __getattribute__(self, name):
        return 42


m = Masking()
print(m.anything, m.__class__, type(m).__name__)
print(len([1, 2]), object.__getattribute__(Both(), "visible"))

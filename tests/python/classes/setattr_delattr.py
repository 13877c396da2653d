class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: frozen")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}: frozen")


f = Frozen(1)
print(f.x)
for action in (lambda: setattr(f, "x", 2), lambda: delattr(f, "x")):
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    f.y = 3
except AttributeError as e:
    print(type(e).__name__, e)


class Tracking:
    def __init__(self):
        self.changes = []

    def __setattr__(self, name, value):
        if name != "changes":
            self.changes.append((name, value))
        super().__setattr__(name, value)

    def __delattr__(self, name):
        self.changes.append(("del", name))
        super().__delattr__(name)


t = Tracking()
t.a = 1
t.a += 1
setattr(t, "b", "x")
del t.a
print(t.changes, sorted(vars(t)))
try:
    del t.zzz
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().foo = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (5).real = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(t, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)

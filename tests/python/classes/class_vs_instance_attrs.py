class Counter:
    count = 0
    items = []

    def __init__(self, name):
        self.name = name
        Counter.count += 1
        self.items.append(name)


a = Counter("a")
b = Counter("b")
print(Counter.count, a.count, b.count)
print(Counter.items, a.items is b.items)
a.count = 100
print(Counter.count, a.count, b.count)
del a.count
print(a.count)
try:
    del a.count
except AttributeError as e:
    print(type(e).__name__, e)
Counter.count = 7
print(a.count, b.count)
Counter.extra = "new"
print(a.extra, hasattr(b, "extra"), getattr(a, "missing", "dflt"))
setattr(b, "name", "B")
print(b.name, sorted(vars(b)), sorted(k for k in vars(Counter) if not k.startswith("__")))
delattr(Counter, "extra")
print(hasattr(a, "extra"))

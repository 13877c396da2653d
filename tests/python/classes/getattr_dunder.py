class Proxy:
    def __init__(self, target):
        self.target = target
        self.log = []

    def __getattr__(self, name):
        self.log.append(name)
        if name.startswith("secret"):
            raise AttributeError(f"no secrets: {name}")
        return getattr(self.target, name)


p = Proxy([3, 1, 2])
p.append(0)
print(p.target, p.log)
print(p.count(3), p.log, p.target)
try:
    p.secret_key
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(p, "secret"), getattr(p, "secret2", "default"), hasattr(p, "sort"))
print(p.log)


class Defaults:
    x = 1

    def __getattr__(self, name):
        return name.upper()


d = Defaults()
d.y = 2
print(d.x, d.y, d.zeta, getattr(d, "w"))


class Raiser:
    @property
    def prop(self):
        raise AttributeError("inner failure")

    def __getattr__(self, name):
        return "fallback for " + name


print(Raiser().prop)

class DefaultDict(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory

    def __missing__(self, key):
        print("missing", key)
        value = self[key] = self.factory()
        return value


d = DefaultDict(list, a=[1])
d["b"].append(2)
d["b"].append(3)
print(d, d["a"], len(d))
print(d.get("zzz"), "zzz" in d, d.get("b"))


class Counter(dict):
    def __missing__(self, key):
        return 0


c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()), c["q"], "q" in c)


class Lower(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())


low = Lower()
low["ABC"] = 1
print(low, low["aBc"], Lower({"X": 1}), type(low).__name__, isinstance(low, dict))
try:
    low["nope"]
except KeyError as e:
    print(type(e).__name__, e)


class BadMissing(dict):
    __missing__ = None


try:
    BadMissing()["k"]
except TypeError as e:
    print(type(e).__name__, e)

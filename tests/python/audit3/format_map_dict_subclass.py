class DD(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 2
for f in (lambda: "{x}".format_map(DD(x=1)), lambda: "{x}".format_map({"x": 1}), lambda: "{0[x]}".format(DD(x=1))):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class M(dict):
    def __missing__(self, k): return "miss:" + k
print("{y}".format_map(M()))
class Lookup:
    def __getitem__(self, k):
        if k == "boom":
            raise KeyError(k)
        return k.upper()
print("{a}-{b}".format_map(Lookup()))
for bad in (lambda: "{boom}".format_map(Lookup()), lambda: "{x}".format_map({}), lambda: "{x}".format_map(5)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
class Both:
    def __init__(self, x): self.x = x
    def __new__(cls, *a): return super().__new__(cls)
print(Both(1).x)

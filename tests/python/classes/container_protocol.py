class Grid:
    def __init__(self):
        self.cells = {}

    def __len__(self):
        return len(self.cells)

    def __getitem__(self, key):
        print("getitem", key)
        if key not in self.cells:
            raise KeyError(key)
        return self.cells[key]

    def __setitem__(self, key, value):
        print("setitem", key, value)
        self.cells[key] = value

    def __delitem__(self, key):
        print("delitem", key)
        del self.cells[key]

    def __contains__(self, key):
        print("contains", key)
        return key in self.cells


g = Grid()
g[0, 0] = "a"
g[1, 2] = "b"
print(len(g), g[1, 2], (0, 0) in g, (5, 5) not in g)
del g[0, 0]
print(len(g))
try:
    g[9, 9]
except KeyError as e:
    print(type(e).__name__, e)
g["k"] = 1
g["k"] += 10
print(g["k"])


class Slicer:
    def __getitem__(self, item):
        return item


s = Slicer()
print(s[1], s[1:2], s[::2], s[1:2, 3], s[...], s[:, None])
print(s[-1], s["a":"b"], s[1:2].start)
try:
    s[1] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    object()[0]
except TypeError as e:
    print(type(e).__name__, e)

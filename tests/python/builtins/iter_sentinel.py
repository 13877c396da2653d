def make_source(values):
    state = {"i": 0}

    def read():
        value = values[state["i"]]
        state["i"] += 1
        return value
    return read


source = make_source([3, 1, 4, 1, 5, 0, 9, 2])
print(list(iter(source, 0)))
print(source())
lines = make_source(["first", "second", "", "after"])
for line in iter(lines, ""):
    print("line:", line)
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)

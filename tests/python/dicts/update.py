d = {"a": 1}
d.update({"b": 2})
d.update([("c", 3), ["d", 4]])
d.update(e=5, a=100)
d.update({"f": 6}, g=7)
d.update()
print(d)
d.update(zip("xy", (8, 9)))
print(d)
try:
    d.update([("only_one",)])
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    d.update(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    d.update(["ab", "cde"])
except ValueError as ex:
    print(type(ex).__name__, ex)
print(len(d))

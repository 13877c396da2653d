a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, list(a) == list(b), a != {"x": 1}, {} == {}, {1: 1} == {1.0: 1}, {1: "a"} == {1: "b"})
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
d = {}
for key in ["zebra", "apple", "mango", "apple", "kiwi"]:
    d[key] = len(d)
print(d, list(d.keys()))
del d["zebra"]
d["zebra"] = -1
print(d)
print(list({3: 0, 1: 0, 2: 0}), list(reversed({3: 0, 1: 0, 2: 0})))

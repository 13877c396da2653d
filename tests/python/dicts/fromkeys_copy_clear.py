print(dict.fromkeys(["a", "b", "c"]))
print(dict.fromkeys("xyz", 0))
shared = dict.fromkeys(range(3), [])
shared[0].append("oops")
print(shared)
d = {"a": [1], "b": 2}
c = d.copy()
c["b"] = 20
c["a"].append(99)
print(d, c, c is d)
c.clear()
print(c, d, len(c))
print(dict.fromkeys([]), dict.fromkeys((1, 1, 2), "v"))

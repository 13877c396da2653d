d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, len(d), d["a"], "a" in d, "z" in d, 10 in d)
del d["b"]
print(d)
d["b"] = 4
print(d, list(d))
e = {}
print(e, type(e), bool(e), bool(d))
print({1: "int", 1.0: "float", True: "bool"})
print({(1, 2): "tuple", None: "none", 2.5: "float", -1: "neg", "s": b"bytes"})
print({"nested": {"x": [1, {"y": ()}]}})

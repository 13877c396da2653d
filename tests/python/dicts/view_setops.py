# Set operations and comparisons of dict keys/items views, as CPython's dictviews_* do them.
d = {"a": 1, "b": 2, "c": 3}
e = {"b": 20, "c": 30, "d": 40}
k = d.keys()
print(k & {"a", "z"}, k | {"z"} == {"a", "b", "c", "z"}, sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print({"a", "z"} & k, sorted({"z"} | k), sorted({"a", "z"} - k), sorted(["a", "x"] - k if False else k - ["a", "x"]))
print(sorted(k & e.keys()), sorted(d.keys() | e.keys()), sorted(d.keys() - e.keys()), sorted(d.keys() ^ e.keys()))
print(sorted(d.items() & {("a", 1), ("b", 3)}), sorted(d.items() - {("a", 1)}), sorted(d.items() | [("z", 0)]))
print(k == {"a", "b", "c"}, k != {"a", "b"}, k < {"a", "b", "c", "d"}, k <= {"a", "b", "c"}, k > {"a"}, k >= {"a", "b", "c"})
print(k == ["a", "b", "c"], d.items() == {("a", 1), ("b", 2), ("c", 3)}, k == e.keys(), d.keys() == dict.fromkeys("cab").keys())
print(k.isdisjoint({"x"}), k.isdisjoint(["a"]))
try:
    d.values() & {1}
except TypeError as err:
    print("TypeError:", err)
try:
    k & 5
except TypeError as err:
    print("TypeError:", err)
s = k
s |= {"n"}
print(type(s).__name__, sorted(s), type(k).__name__)

d = {"one": 1, "two": 2, "three": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k)
print(v)
print(i)
d["four"] = 4
print(k, len(k), "four" in k, 4 in v, ("four", 4) in i, ("four", 5) in i)
print(list(k), list(v), list(i))
print(sorted(k), sorted(v, reverse=True), list(reversed(k)))
print(k & {"one", "zzz"} == {"one"}, sorted(k - {"one"}), sorted(k | {"five"}))
for key, value in d.items():
    print(key, value, end="; ")
print()
print({}.keys(), {}.values(), {}.items())
print(dict.fromkeys("ab").keys() == {"a", "b"}, d.keys() == {"one", "two", "three", "four"})

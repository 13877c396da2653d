print(dict())
print(dict(a=1, b=2))
print(dict([("a", 1), ("b", 2)]))
print(dict({"a": 1}, b=2))
print(dict(zip(["k1", "k2"], [1, 2])))
print(dict([(1, 2), (1, 3)]))
print(dict(((i, i * i) for i in range(4))))
print(dict({"copy": True}))
print(dict(["ab", "cd"]))
for bad in ([1, 2], [(1, 2, 3)], 5):
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

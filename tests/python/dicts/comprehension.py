print({x: x * x for x in range(6)})
print({c: ord(c) for c in "abc"})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({x: ("even" if x % 2 == 0 else "odd") for x in range(5) if x != 2})
print({(i, j): i * j for i in range(3) for j in range(i)})
orig = {"a": 1, "b": 2}
print({v: k for k, v in orig.items()})
print({k.upper(): v * 10 for k, v in orig.items() if v > 1})

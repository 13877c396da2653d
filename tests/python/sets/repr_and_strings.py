print(set(), frozenset(), {1}, frozenset({1}))
words = {"pear", "apple", "fig"}
print(sorted(words), len(words), "fig" in words)
print(sorted(words | {"kiwi"}), sorted(words - {"fig"}), sorted(words & {"fig", "plum"}))
print(sorted(set("abracadabra")), sorted(frozenset("xyz")))
print({-5, -1, 0, 2, 7}, {1.5, 0.5} == {0.5, 1.5}, {None} | {None})

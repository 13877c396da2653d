table = str.maketrans("abc", "xyz")
print(sorted(table.items()))
print("aabbcc-abc".translate(table))
t2 = str.maketrans("abc", "xyz", "-")
print("aabbcc-abc".translate(t2))
t3 = str.maketrans({"a": "AA", "b": None, ord("c"): 67})
print(sorted(t3.items()))
print("abcabc".translate(t3))
print("hello".translate({ord("l"): "L"}), "hello".translate({}))
try:
    str.maketrans("ab", "x")
except ValueError as e:
    print(type(e).__name__, e)

a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a is not c, a == c, None is None, not None is None)
x = None
print(x is None, x is not None, type(x) is type(None))
print(True is True, (1 == 1) is True, bool(0) is False)
print(1 in a, 3 not in a, "b" in "abc", "ab" in "abc", "ba" in "abc", 1 in {1: 2}, 2 in {1: 2})
print(0 in range(1), (1, 2) in [(1, 2)], [1, 2] in [a], 1 in (1.0,), "a" in ["abc"])
print(not 1 in a, not (1 in a), 1 not in a)
t = ()
e = ""
print(t == (), e == "", [] is not [], len(t) is len(e))

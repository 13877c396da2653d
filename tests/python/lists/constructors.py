print(list(), list(range(5)), list("abc"), list((1, 2)), list({3: "a", 1: "b"}), list({5, 3, 4}))
print(list(range(0)), list(range(5, 0, -1)), list(range(-3, 3)), list(range(0, 10, 3)))
a = [1, 2]
b = list(a)
b.append(3)
print(a, b, a == b[:2])
print(list(map(str, [1, 2])), list(zip("ab", [1, 2])), list(enumerate("ab", 1)))
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print([*range(3), *"ab", *[None]], [1, *[], 2])

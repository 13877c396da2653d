print(list(map(str, [1, 2, 3])), list(map(abs, (-1, -2))), list(map(len, ["a", "bb"])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6, 7])))
print(list(map(pow, [2, 3], [5, 2], [7, 100])))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, True])))
print(list(filter(lambda x: x % 3 == 0, range(10))), list(filter(str.isupper, "aBcDe")))
m = map(int, "123")
print(next(m), list(m), list(m))
try:
    list(map(None, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    map(abs)
except TypeError as e:
    print(type(e).__name__, e)
print(type(map(abs, [])).__name__, type(filter(None, [])).__name__)

# zip, map, filter, enumerate and reversed are classes, as in CPython.
z = zip([1, 2], "ab")
print(zip, map, filter, enumerate, reversed, type(z) is zip, isinstance(z, zip), list(z))
print(list(map(str, [1, 2])), list(filter(None, [0, 1, 2])), list(enumerate("ab", 1)))
print(list(reversed([1, 2, 3])), isinstance(reversed([]), reversed), type(enumerate([])).__name__)
print(zip.__name__, callable(map), isinstance(map, type), type(filter(None, [])) is filter)
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    enumerate()
except TypeError as e:
    print("TypeError:", e)

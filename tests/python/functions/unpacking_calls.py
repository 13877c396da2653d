def show(a, b, c, d):
    return f"{a}{b}{c}{d}"


print(show(*"wxyz"), show(*[1, 2], *(3, 4)), show(1, *range(2, 4), 4))
print(show(**{"a": 1, "b": 2, "c": 3, "d": 4}), show(1, 2, **{"d": 4, "c": 3}))
print(show(*[1], **{"b": 2}, c=3, d=4))
print(*range(5))
print(*"abc", sep="|")
print(*[], "nothing before")
print(max(*[3, 9, 2]), min(*"hello"))
pairs = [("x", 1), ("y", 2)]
print(dict(pairs, **{"z": 3}))
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)

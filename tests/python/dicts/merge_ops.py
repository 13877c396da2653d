a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b)
print(b | a)
print(a, b)
a |= b
print(a)
a |= [("w", 0)]
print(a)
c = {}
c |= {"k": "v"}
print(c)
try:
    a | [("q", 1)]
except TypeError as e:
    print(type(e).__name__, e)
print({**a, **{"x": -1}}, {**{}, "solo": 1})

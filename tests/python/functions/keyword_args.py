def describe(a, b, c=3, d=4):
    return f"a={a} b={b} c={c} d={d}"


print(describe(1, 2))
print(describe(1, 2, 30))
print(describe(b=2, a=1))
print(describe(1, d=40, b=20))
print(describe(*[1, 2], **{"d": "dd"}))
print(describe(1, *(2, 3), d=4))
print(describe(**{"a": "x", "b": "y", "c": "z", "d": "w"}))
args = (1,)
kwargs = {"b": 2}
print(describe(*args, **kwargs, c=0))

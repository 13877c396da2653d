print(len(""), len("abc"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(10)), len(b"xy"))
print(len("héllo"), len(frozenset()), len(bytearray(5)), len({}.keys()), len([[]]))
for bad in (5, None, 1.5, len):
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)

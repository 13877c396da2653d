for bad in ([1], {1: 2}, {3}, ([1],)):
    try:
        s = {bad}
    except TypeError as e:
        print(type(e).__name__, e)
s = set()
try:
    s.add([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] in s
except TypeError as e:
    print(type(e).__name__, e)
print({1, 2} in [{2, 1}], frozenset({1}) in {frozenset({1})}, {1} in {frozenset({1})})

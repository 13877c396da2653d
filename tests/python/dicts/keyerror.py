d = {"a": 1, 2: "two", (1, 2): "t"}
for key in ("missing", 3, (1, 3), None, 2.5, "quote'", "", ("x",), frozenset()):
    try:
        d[key]
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
try:
    del d["nope"]
except KeyError as e:
    print("del:", e)
try:
    d[[1]]
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[{}] = 1
except TypeError as e:
    print(type(e).__name__, e)

pairs = [(1, "a"), ("a", 1), (1.5, "x"), ([1], (1,)), (None, 0), ({}, {}), (1j, 2j), ([], "a"), ((), None), ({1}, [1])]
for a, b in pairs:
    for op in ("<", "<=", ">", ">="):
        try:
            eval(f"a {op} b")
            print(repr(a), op, repr(b), "ok")
        except TypeError as e:
            print(type(e).__name__ + ":", e)
print(1 == "1", None == 0, [] == (), {} != [], 1 != "x")

print(str(), str(1), str(-2.5), str(None), str(True), str([1, "a"]), str((1,)), str({1: "x"}))
print(str(b"abc"), str(b"abc", "ascii"), str(b"h\xc3\xa9", encoding="utf-8"), str(bytearray(b"xy"), "utf-8"))
print(str("x"), repr(str("")), type(str(5)))
try:
    str(1, "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
print(len("abc"), len(""), len("\n"), len("é"), len("e\u0301"))

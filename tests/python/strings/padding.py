s = "abc"
print("[" + s.center(9) + "]", "[" + s.center(8) + "]", "[" + s.center(9, "*") + "]", "[" + s.center(2) + "]")
print("[" + "ab".center(5) + "]", "[" + "ab".center(6, "-") + "]", "[" + "a".center(4, "=") + "]")
print("[" + s.ljust(6) + "]", "[" + s.rjust(6) + "]", "[" + s.ljust(6, ".") + "]", "[" + s.rjust(6, "0") + "]")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "".zfill(3), "12345".zfill(3), "--1".zfill(5))
print("[" + "héllo".center(9, "·") + "]")
try:
    s.center(9, "ab")
except TypeError as e:
    print(type(e).__name__, e)

# Instances of str subclasses in float(), int(s, base), ord(), complex(); int()'s 4300-digit limit.
class S(str):
    pass
class F(str):
    def __float__(self):
        return 9.5
print(float(S("1.5")), float(S(" 2 ")), float(F("1")), int(S("ff"), 16), int(S(" 7 ")))
for bad in [lambda: float(S("abc")), lambda: int(S("x"), 10)]:
    try:
        bad()
    except ValueError as e:
        print(e)
print(ord(S("a")), complex(S("1+2j")))
for s in ["1" * 4300, "1" * 4301, " -" + "2" * 4301 + " ", "1_" * 2150 + "1", "f" * 5000]:
    try:
        n = int(s) if not s.startswith("f") else int(s, 16)
        print(len(s), "ok", n % 97)
    except ValueError as e:
        print(len(s), e)

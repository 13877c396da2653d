s = "  a b   c  d "
print(s.split())
print(s.split(" "))
print(s.split(None, 1), s.split(maxsplit=2))
print(s.rsplit(None, 1), s.rsplit(maxsplit=2))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2))
print("a::b::c".split("::"), "".split(), "".split(","), "   ".split())
print("abc".split("abc"), "x".split("x", 0), "one".rsplit("o"))
print("\ta\nb\x0bc\x0cd\re\x1cf".split())
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), ", ".join(str(i) for i in range(4)))
print(" ".join(("single",)))
try:
    "".split("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    ",".join(["a", 1, "b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(5)
except TypeError as e:
    print(type(e).__name__, e)

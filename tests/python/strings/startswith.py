s = "hello world"
print(s.startswith("hell"), s.startswith("world"), s.startswith(""), s.startswith("world", 6))
print(s.endswith("world"), s.endswith("hello"), s.endswith("hello", 0, 5), s.endswith(""))
print(s.startswith(("a", "h")), s.startswith(("x", "y")), s.endswith(("ld", "zz")), s.endswith(()))
print(s.startswith("o", -1), s.startswith("h", 100), "".startswith(""), "".endswith("x"))
try:
    s.startswith(["h"])
except TypeError as e:
    print(type(e).__name__, e)

s = "key=value=more"
print(s.partition("="), s.rpartition("="))
print(s.partition("#"), s.rpartition("#"))
print("".partition("x"), "abc".partition("abc"), "abc".rpartition("a"))
try:
    s.partition("")
except ValueError as e:
    print(type(e).__name__, e)
k, _, v = "name: metal".partition(": ")
print(k, v)

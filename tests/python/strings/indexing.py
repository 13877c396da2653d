s = "héllo wörld"
print(s[0], s[1], s[-1], s[-5], len(s))
print(s[4], s[7], s[-11])
t = "日本語テキスト"
print(t[0], t[-1], len(t), t[2:4])
e = "a😀b"
print(len(e), e[1], e[2], e[-2])
for bad in (11, -12, 100):
    try:
        s[bad]
    except IndexError as ex:
        print(type(ex).__name__, ex)
try:
    s["x"]
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    s[1.0]
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    s[0] = "H"
except TypeError as ex:
    print(type(ex).__name__, ex)
print(s[True], "abc"[-0])

s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-100:100])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[2:8:-1])
print(repr(s[5:2]), repr(s[10:]), repr(s[100:]), repr(s[-1:-5]))
print(s[-1::-1], s[:-11:-1], s[3::-1], s[None:None:3])
u = "héllo wörld"
print(u[1:4], u[::-1], u[::3])
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
print(s[1:9][::2][1:], s[slice(2, 6)], s[slice(None, None, -4)])

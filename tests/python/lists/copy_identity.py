a = [1, [2, 3]]
b = a.copy()
c = a[:]
d = list(a)
e = a
b.append(4)
b[1].append(99)
print(a, b, c, d)
print(a is e, a is b, a[1] is b[1], a == c, c is d)
e.append("via e")
print(a)
f = [0]
g = [f, f]
g[0].append(1)
print(g)
print([] is [], [] == [])

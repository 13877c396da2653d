a = b = []
a.append(1)
print(a, b, a is b)
x = y = z = 0
x += 1
print(x, y, z)
p, q = 1, 2
p, q = q, p
print(p, q)
i, j, k = range(3)
print(i, j, k)
(m, n), o = "ab", "c"
print(m, n, o)
first, *middle, last = "python"
print(first, middle, last)
lst = [0, 1, 2, 3, 4]
lst[0] = "zero"
lst[-1] = "four"
lst[1:3] = ["one", "two", "extra"]
print(lst)
d = {}
d["a"] = d["b"] = 1
print(d)
r = s = t = "shared"
print(r, s, t)
lst[0], lst[1] = lst[1], lst[0]
print(lst)
u = [1, 2, 3]
i = 0
i, u[i] = 1, 9
print(i, u)

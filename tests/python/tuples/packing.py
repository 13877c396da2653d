t = 1, 2, 3
print(t, type(t))
single = 1,
print(single, (1,), (), tuple(), ((1,),), ("a",), (None,))
a, b, c = t
print(a, b, c)
a, b = b, a
print(a, b)
x, y = "xy"
print(x, y)
(p, q), r = [1, 2], 3
print(p, q, r)
[m, n] = (10, 20)
print(m, n)
k, = [42]
print(k)
for i, (ch, num) in enumerate(zip("ab", (1, 2))):
    print(i, ch, num)
print((1, 2) + (3,), (1,) * 3, (0,) * 0, tuple("abc"), tuple([1, [2]]), tuple(range(3)))

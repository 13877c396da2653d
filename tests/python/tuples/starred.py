a, *b, c = range(6)
print(a, b, c)
*head, last = [1, 2, 3]
print(head, last)
first, *rest = "hello"
print(first, rest)
a, *b, c = 1, 2
print(a, b, c)
*everything, = (7, 8)
print(everything)
(a, *b), *c = (1, 2, 3), 4, 5
print(a, b, c)
x, *y, z = [0, [1, 2], 3, 4]
print(x, y, z)
print(*[1, 2], *(3,), sep="-")
t = (*range(2), *"ab", *[None])
print(t)
first, second, *others = {10: "a", 20: "b", 30: "c", 40: "d"}
print(first, second, others)

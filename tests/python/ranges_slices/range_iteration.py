for i in range(3):
    print("i =", i)
for i in range(10, 0, -4):
    print("down", i)
total = 0
for i in range(1, 1001):
    total += i * i
print(total)
evens = [i for i in range(20) if i % 2 == 0]
print(evens)
print([i for i in range(2 ** 64, 2 ** 64 + 3)])
r = range(5)
it = iter(r)
print(next(it), next(it), list(it), list(it))
print(list(zip(range(3), range(10, 13))), dict(zip(range(3), "abc")))

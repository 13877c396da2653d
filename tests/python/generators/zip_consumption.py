def noisy(name, n):
    for i in range(n):
        print(f"{name} yields {i}")
        yield i
    print(f"{name} exhausted")


print(list(zip(noisy("a", 2), noisy("b", 3))))
print("---")
print(list(zip(noisy("a", 3), noisy("b", 1))))
print("---")
e = enumerate(noisy("c", 2))
print(next(e))
print(list(e))
print("---")
m = map(lambda x, y: x + y, noisy("p", 2), noisy("q", 2))
print(list(m))

def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1


def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out


print(take(5, naturals()))
g = naturals(10)
print(next(g), next(g), take(3, g), next(g))


def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n


print(take(10, primes()))
evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(4)])
print(list(zip("abc", naturals(1))))
for i, sq in enumerate(x * x for x in naturals()):
    if sq > 50:
        print("first square over 50:", i, sq)
        break
print(any(n > 1000 for n in naturals()))

print([[j for j in range(i)] for i in range(4)])
print([x for sub in [[1, 2], [3], []] for x in sub])
print({i: {j: i * j for j in range(3)} for i in range(2)})
print([(x, y, z) for x in range(1, 15) for y in range(x, 15) for z in range(y, 15) if x * x + y * y == z * z])
primes = [n for n in range(2, 50) if all(n % d for d in range(2, n))]
print(primes)
print(sum(sum(row) for row in [[1, 2], [3, 4]]))

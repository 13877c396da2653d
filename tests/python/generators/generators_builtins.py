def gen(n):
    for i in range(n):
        yield n - i


print(sorted(gen(5)), sum(gen(4)), min(gen(3)), max(gen(3)), len(list(gen(6))))
print(list(zip(gen(3), gen(5))), list(enumerate(gen(3), 1)))
print(list(map(str, gen(3))), list(filter(lambda x: x % 2, gen(6))), list(reversed(list(gen(3)))))
print(dict(zip("abc", gen(3))), set(gen(3)) == {1, 2, 3}, tuple(gen(2)), "".join(map(str, gen(4))))
a, b, *rest = gen(5)
print(a, b, rest)
print(*gen(3))
print([*gen(2), *gen(1)], {*gen(1)}, sorted(gen(4), key=lambda x: -x))
print(sum(gen(3), 10), any(gen(0)), all(gen(3)), list(gen(0)))
try:
    len(gen(3))
except TypeError as e:
    print(type(e).__name__, e)
try:
    gen(3)[0]
except TypeError as e:
    print(type(e).__name__, e)

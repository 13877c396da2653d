original = [4, 2, 8, 6]
result = sorted(original)
print(original, result, result is original)
ret = original.sort()
print(ret, original)
print(sorted("hello"), sorted((9, 3)), sorted(range(5, 0, -1)), sorted([3, 1], reverse=True))
t = (3, 1, 2)
print(sorted(t), t, type(sorted(t)))
print(list(reversed([1, 2, 3])), [1, 2, 3][::-1])
data = ["b2", "a10", "a2", "b1"]
print(sorted(data, key=lambda s: (s[0], int(s[1:]))))

a = [5, 2, 9, 1, 5, 6]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "apple", "fig", "Date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "y"), (2, "c")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
records = [("x", 3), ("y", 1), ("z", 3), ("w", 1), ("v", 2)]
records.sort(key=lambda r: r[1])
print(records)
nums = [3, -1, -4, 1, 5, -9]
print(sorted(nums, key=abs), sorted(nums, key=lambda n: -n), sorted([]), sorted([1]))
print(sorted([1.5, 1, True, 0.5, False]), sorted("bca"), sorted((3, 2, 1)), sorted({3: 0, 1: 0}))
try:
    [1, "a", 2].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=lambda x: None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
print(a.sort(), a)

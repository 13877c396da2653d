nums = [3, -7, 5, 0]
print(min(nums), max(nums), min(nums, key=abs), max(nums, key=abs), min(3, 1, 2), max("a", "B"))
print(max([], default="empty"), min([], default=None), max([1], default=0), max(iter([4, 9, 2])))
words = ["pear", "fig", "banana", "kiwi"]
print(min(words), max(words), min(words, key=len), max(words, key=len), max(words, key=lambda w: w[-1]))
print(max([(1, "b"), (1, "c"), (0, "z")]), min([[2], [1, 5], [1]]))
print(max([2, 2.0]), max([2.0, 2]), min([1, True]), max([True, 1]))
for fn in (min, max):
    try:
        fn([])
    except ValueError as e:
        print(type(e).__name__, e)
try:
    max(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    max([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(type(e).__name__, e)

for a in ([], [0], [None], [[]], list(range(100))):
    print(len(a), bool(a), 0 in a, None in a, [] in a)
if not []:
    print("empty list is falsy")
big = list(range(1000))
print(sum(big), len(big), big[-1], 999 in big, 1000 in big)
print([1, 2, 3].__len__(), [1, 2, 3].__contains__(2), [1, 2].__getitem__(-1))

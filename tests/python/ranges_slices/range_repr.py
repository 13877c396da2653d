for r in (range(3), range(0, 3), range(1, 3), range(0, 3, 1), range(0, 10, 2), range(9, -1, -1), range(-5, 5, 3)):
    print(repr(r), str(r), list(r)[:4], len(r), bool(r))
print(range(10)[2:8], range(10)[2:8:3], range(10)[::-1], range(0, 20, 4)[1:], range(100)[-5:], range(3)[5:9])
print(range(10)[-1], range(5, 50, 5)[-2], range(0, -10, -1)[3])

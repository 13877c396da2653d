t = (1, 2, 3, 2, 1, 2)
print(t.count(2), t.count(9), t.index(3), t.index(2, 2), t.index(1, -2))
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
print(len(t), t[0], t[-1], t[1:4], t[::-1], t[::2], 2 in t, 9 not in t)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(4)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1, 2) + [3]
except TypeError as e:
    print(type(e).__name__, e)

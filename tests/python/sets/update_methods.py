s = {1, 2, 3}
s.update([4, 5], {6})
print(s)
s |= {7}
print(s)
s &= {1, 2, 3, 4, 7, 100}
print(s)
s -= {2}
print(s)
s ^= {3, 50}
print(s)
s.intersection_update([1, 4, 7, 50, 60])
print(s)
s.difference_update({1})
print(s)
s.symmetric_difference_update([4, 8])
print(s)
s.clear()
print(s)
t = {5, 6}
u = t.copy()
u.add(7)
print(t, u)

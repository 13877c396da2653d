print({3, 1, 2}, {100, 5, 33}, {1, 1, 1}, {0, -1, 7, 64}, set(), type(set()), {True, 1, 1.0})
s = {4, 2}
s.add(8)
s.add(2)
print(s, len(s), 2 in s, 3 in s, 3 not in s)
s.discard(4)
s.discard(99)
print(s)
s.remove(8)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
print(set([5, 5, 3]), set(range(5)), set((2, 1)), set({7: "a", 6: "b"}), sorted(set("banana")))

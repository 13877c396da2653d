s = {5, 1, 3}
items = []
while s:
    items.append(s.pop())
print(sorted(items), s)
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__, e)
t = {10}
print(t.pop(), t)

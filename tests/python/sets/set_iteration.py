s = {7, 3, 9, 1}
total = 0
for x in s:
    total += x
print(total, sorted(s), sorted(s, reverse=True), max(s), min(s), sum(s), len(s))
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print(type(e).__name__, e)
dups = [3, 1, 3, 2, 1]
seen = set()
unique = []
for x in dups:
    if x not in seen:
        seen.add(x)
        unique.append(x)
print(unique, seen)

# list.sort() whose key function or comparison raises keeps the list's items; a key
# function that grows the list is 'list modified during sort'.
l = [3, 1, 2]
try:
    l.sort(key=lambda x: 1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(l)
class Bad:
    def __init__(self, v): self.v = v
    def __lt__(self, o): raise ValueError("no order")
    def __repr__(self): return "Bad(%d)" % self.v
m = [Bad(1), Bad(2)]
try:
    m.sort()
except ValueError as e:
    print("ValueError", e)
print(sorted(x.v for x in m))
n = [5, 4]
def grow(x):
    n.append(9)
    return x
try:
    n.sort(key=grow)
except ValueError as e:
    print("ValueError", e)
print(n)
print(sorted([3, 1, 2]), sorted("bca", reverse=True), sorted([2, 1], key=lambda x: -x))

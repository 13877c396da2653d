import gc

gc.collect()


class Node:
    pass


for _ in range(3):
    n = Node()
    n.me = n
del n
print("instance self-cycles:", gc.collect())
for _ in range(4):
    lst = []
    lst.append(lst)
del lst
print("list self-cycles:", gc.collect())
a, b = [], []
a.append(b)
b.append(a)
del a, b
print("two-list cycle:", gc.collect())
print("nothing left:", gc.collect())
print(gc.isenabled())

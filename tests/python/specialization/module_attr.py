# Module attribute loads are cached per instruction; rebinding, deleting and adding
# attributes, and a different module at the same site, must all be seen.
import math

ModuleType = type(math)


def read(m):
    return m.value


a = ModuleType("a")
b = ModuleType("b")
a.value = 1
b.value = 2
out = []
for i in range(6):
    out.append(read(a))
    if i == 1:
        a.value = 10
    if i == 2:
        a.other = "new key"
    if i == 3:
        del a.value
        a.value = 100
    out.append(read(b))
print(out)
del a.value
try:
    read(a)
except AttributeError as e:
    print("AttributeError:", e)
saved = math.pi
total = 0.0
for i in range(4):
    total += math.pi
    if i == 1:
        math.pi = 1.0
math.pi = saved
print(total, math.pi)
for i in range(3):
    m = ModuleType("tmp%d" % i)
    m.value = i * 7
    print(read(m), end=" ")
print()

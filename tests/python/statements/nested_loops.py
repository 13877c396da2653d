for i in range(1, 4):
    for j in range(1, 4):
        print(i * j, end=" ")
    print()
found = None
for i in range(10):
    for j in range(10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print("found", found)
pairs = []
i = 0
while i < 3:
    for j in range(i):
        if j == 1:
            continue
        pairs.append((i, j))
    i += 1
print(pairs)
for i in range(2):
    for j in range(2):
        for k in range(2):
            if (i, j, k) == (1, 0, 1):
                print("skip inner", i, j, k)
                continue
    else:
        print("inner else", i)

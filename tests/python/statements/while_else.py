n = 0
while n < 3:
    print("loop", n)
    n += 1
else:
    print("else runs, n =", n)
n = 0
while n < 10:
    if n == 2:
        print("breaking at", n)
        break
    n += 1
else:
    print("not printed")
n = 0
while n < 6:
    n += 1
    if n % 2:
        continue
    print("even", n)
while False:
    print("never")
else:
    print("else of never-running while")
count = 0
while True:
    count += 1
    if count > 4:
        break
print("count", count)

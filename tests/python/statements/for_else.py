for i in range(3):
    print("i", i)
else:
    print("for else after", i)


def find(items, target):
    for idx, item in enumerate(items):
        if item == target:
            print("found", target, "at", idx)
            break
    else:
        print(target, "not found")


find([4, 5, 6], 5)
find([4, 5, 6], 9)
for x in []:
    print("never")
else:
    print("empty loop else")
for c in "abcdef":
    if c in "bd":
        continue
    if c == "e":
        break
    print(c, end="")
print()
for i in range(3):
    pass
print("after pass loop", i)

data = [3, 8, 1, 9, 4]
i = 0
while (n := data[i]) != 9:
    print("value", n)
    i += 1
print("stopped at", n, i)
if (length := len(data)) > 3:
    print("long list", length)
print([y for x in data if (y := x * 2) > 5], y)
print([total := 0] and [(total := total + x) for x in data], total)
stack = [1, 2, 3]
while stack and (top := stack.pop()) != 1:
    print("top", top)
print((z := 10) + z, z)
print(any((found := x) > 7 for x in data), found)


def func():
    if (v := 42):
        return v
    return None


print(func())

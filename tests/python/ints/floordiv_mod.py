for a in (7, -7):
    for b in (2, -2, 3, -3):
        print(a, b, a // b, a % b, divmod(a, b))
for a in (0, 1, -1, 6, -6):
    print(a, 3, a // 3, a % 3)
print(2 ** 70 // -3, 2 ** 70 % -3)
print(-(2 ** 70) // 3, -(2 ** 70) % 3)
print(-(2 ** 70) // -(3 ** 20), -(2 ** 70) % -(3 ** 20))

for a in (7.5, -7.5):
    for b in (2, -2.0):
        print(a, b, a // b, a % b, divmod(a, b))
print(7 // 2.0, 7 % 2.0, -7 // 2.0, -7 % 2.0)
print(1.0 % 0.1, 1.0 // 0.1)
print(-0.0 % 5, 0.0 % -5)
print(5 % -1e300, -5 % 1e300)
print(divmod(-1.0, 1e300))
print(3.5 // 1, -3.5 // 1)

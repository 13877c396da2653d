for a in (5.5, -5.5, 0.0, -0.0):
    for b in (2.0, -2.0, 0.5):
        print(a, b, a // b, a % b)
print(1e300 % 7.0, -1e300 % 7.0)
print(0.5 % 0.25, -0.5 % 0.25, 0.5 % -0.25)
print(float("inf") % 3, 3 % float("inf"), -3 % float("inf"), 3 // float("inf"), -3 // float("inf"))
print(7.0 // float("inf"), float("nan") // 1)

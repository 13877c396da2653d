print(-5, +5, -(-5), +(-5), ~5, ~-1, ~0, -0, +0.0, -0.0, -(0.0))
print(not 5, not 0, not not [], -True, +True, ~True, ~False)
print(-(2 ** 100), ~(2 ** 100), +(2 ** 100), -1.5, +1.5, -(1 + 2j), -float("inf"))
for bad in ("-'x'", "~1.5", "+[]", "-None", "~'a'"):
    try:
        eval(bad)
    except TypeError as e:
        print(bad, type(e).__name__, e)

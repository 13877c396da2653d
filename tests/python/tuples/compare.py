print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,))
print((1, "a") < (1, "b"), (1, 2.0) == (1, 2), (0, 1) <= (0, 1), (3, 0) >= (2, 9))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print(max((1, 2), (1, 3), (0, 9)), min([(5,), (4, 9), (4,)]))
print((float("nan"),) == (float("nan"),))
nan = float("nan")
print((nan,) == (nan,), [nan] == [nan], nan == nan)
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print((1, "a") < (2, 1))

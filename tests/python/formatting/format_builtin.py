print(format(42), format(42, ""), format(42, "b"), format(3.5), format(3.5, "e"))
print(format("s", "^5") + "|", format(None), format(True), format(True, "^6") + "|", format(False, "d"))
print(format(2 ** 100, ","), format(-(2 ** 100), "x"), format(10 ** 30, "e"), format(2 ** 100, ".3g"))
print(format(-0.0), format(-0.0, ".1f"), format(-0.0, "g"), format(-0.0, "+"), format(0.0, "+"))
print(format(float("inf"), ".2f"), format(float("nan"), "^7") + "|", format(-float("inf"), "e"))
print(format([1, 2]), format((1,)), format({1: 2}), format(1 + 2j, "^12") + "|")
try:
    format([1, 2], "^10")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(None, "d")
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(format(1e-4, ""), format(1e16, ""), format(1e16, "f"), format(123.0, ".0f"))

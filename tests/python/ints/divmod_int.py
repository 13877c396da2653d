print(divmod(17, 5))
print(divmod(-17, 5))
print(divmod(17, -5))
print(divmod(-17, -5))
print(divmod(0, 3))
print(divmod(2 ** 100, 3 ** 30))
print(divmod(-(2 ** 100), 3 ** 30))
print(divmod(True, 2))
for exc_case in ((1, 0), (1.0, 0), (0, 0.0)):
    try:
        divmod(*exc_case)
    except ZeroDivisionError as e:
        print(exc_case, type(e).__name__, e)

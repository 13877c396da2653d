def nothing():
    pass


print(nothing())
for _ in range(2):
    pass
if True:
    pass
else:
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    print("finally after pass")


def docstring_only():
    """Just a docstring."""


print(docstring_only(), docstring_only.__doc__)
...
print(..., type(...).__name__, Ellipsis is ...)

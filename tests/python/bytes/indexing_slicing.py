b = b"hello world"
print(b[0], b[-1], type(b[0]), b[1:5], b[::-1], b[::2], b[100:], b[-3:])
print(list(b[:3]), [x for x in b"AZ"], b[0:1], b[0:1] == b"h")
print(104 in b, b"wor" in b, b"" in b, b"xyz" in b)
try:
    b[20]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x" in b
except TypeError as e:
    print(type(e).__name__, e)
try:
    300 in b
except ValueError as e:
    print(type(e).__name__, e)

print(bytes(), bytes(3), bytes([1, 2, 255]), bytes((65, 66)), bytes(range(3)))
print(bytes("héllo", "utf-8"), bytes("abc", encoding="ascii"), bytes(b"copy"), bytes(bytearray(b"ba")))
for bad in ([256], [-1], ["a"], "str", 1.5):
    try:
        print(bytes(bad))
    except (ValueError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
try:
    bytes(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(b"ab" + b"cd", b"ab" * 3, 2 * b"x", b"" * 5)
try:
    b"ab" + "cd"
except TypeError as e:
    print(type(e).__name__, e)
print(list(b"\x00\x7f\x80"), tuple(b"AB"), sum(b"\x01\x02"))

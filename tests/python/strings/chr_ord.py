print(ord("a"), ord("A"), ord("é"), ord("日"), ord("😀"), ord("\n"), ord("\x00"))
print(chr(97), chr(233), chr(26085), chr(128512), repr(chr(0)), repr(chr(10)), chr(0x10FFFF) == "\U0010ffff")
print([chr(c) for c in range(65, 75)])
print("".join(chr(ord(c) + 1) for c in "HAL"))
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ("", "ab"):
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    ord(1)
except TypeError as e:
    print(type(e).__name__, e)

b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" Hd"))
print(b.upper(), b.lower(), b.swapcase(), b"hello world".title(), b"hello".capitalize())
print(b"a,b,,c".split(b","), b" a  b ".split(), b"a,b,c".rsplit(b",", 1), b"x\ny\r\nz".splitlines())
print(b"-".join([b"a", b"b", b"c"]), b"".join([]), b", ".join((b"x", bytearray(b"y"))))
print(b"aaa".replace(b"a", b"bb"), b"abcabc".replace(b"b", b"", 1))
print(b"hello".find(b"l"), b"hello".rfind(b"l"), b"hello".find(b"z"), b"hello".index(b"e"), b"hello".find(108))
print(b"hello".count(b"l"), b"hello".startswith(b"he"), b"hello".endswith((b"lo", b"x")))
print(b"abc".isalpha(), b"123".isdigit(), b"ab1".isalnum(), b" ".isspace(), b"AB".isupper(), b"ab".islower())
print(b"k=v".partition(b"="), b"a.b.c".rpartition(b"."), b"ab".center(6, b"*"), b"7".zfill(3))
print(b"abc".ljust(5, b"."), b"abc".rjust(5), b"\xe2\x82\xac".decode(), b"caf\xe9".decode("latin-1"))
try:
    b"abc".index(b"z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"a".join(["b"])
except TypeError as e:
    print(type(e).__name__, e)

# secrets.compare_digest on every kind of pair: equal, different, different lengths,
# bytes and bytearray mixed, non-ASCII strs, str with bytes, neither a buffer, str subclasses.
import secrets
cases = [("abc", "abc"), ("abc", "abd"), ("abc", "ab"), (b"x", b"x"), (b"x", bytearray(b"x")),
         (bytearray(b"ab"), b"ac"), ("", ""), (b"", b"a"), ("é", "é"), ("a", b"a"), (1, 1), (b"a", "a")]
for a, b in cases:
    try:
        print(repr(a), repr(b), secrets.compare_digest(a, b))
    except TypeError as e:
        print(repr(a), repr(b), "TypeError", e)
class S(str): pass
print(secrets.compare_digest(S("q"), "q"), secrets.compare_digest(S("q"), S("r")))

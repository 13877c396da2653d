# str and bytes hashes are CPython's (SipHash-1-3 over the canonical storage, the key
# of PYTHONHASHSEED=0, which the expected output is recorded with), so sets of strings
# iterate in CPython's order.
for s in ["", "a", "abc", "hello world!", "exactly8", "sixteen bytes!!!", "é", "ÿü",
          "日本", "Ā", "😀x", "mixé日😀"]:
    print(repr(s), hash(s))
for b in [b"", b"abc", b"exactly8", bytes(range(20))]:
    print(b, hash(b))
print(hash("abc") == hash(b"abc"), hash("é") == hash("é".encode("latin-1")))
print({"a", "b", "c", "hello", "world", "x1", "x2", "x3", "zz"})
s = {"k%d" % i for i in range(100)}
for i in range(0, 100, 3):
    s.discard("k%d" % i)
print(s)
print(set("abracadabra"), frozenset(["é", "日本", "q"]))
pairs = [("a", 1), ("b", 2), ("c", 3)]
print(set(pairs), {pairs[0], pairs[1], pairs[2]})
d = {}
for w in "the quick brown fox jumps over the lazy dog".split():
    d.setdefault(len(w), set()).add(w)
print(d)

# One-character strings from indexing, iteration and chr() are shared for U+0000..U+00FF
# (as in CPython), and still behave as ordinary strings.
s = "héllo wörld ☃"
chars = [c for c in s]
print(chars, [s[i] for i in range(len(s))])
t, u = "héllo", "A"
print(s[1] is t[1], s[0] is chr(104), chr(65) is u[0], s[-1] == "☃")
print(all(a is b for a, b in zip(s[:5], "héllo")))
d = {}
for c in "abracadabra":
    d[c] = d.get(c, 0) + 1
print(d, "".join(sorted(set("mississippi"))))
print([c.upper() for c in "abc"], [ord(c) for c in "\x00\xff"], repr(chr(0)), repr(chr(255)))
x = "a"[0]
x += "b"
print(x, "a"[0], [chr(i) for i in range(250, 260)])

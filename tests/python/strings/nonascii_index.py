# Indexing, slicing and re positions in long non-ASCII strings (character offsets are
# found through a table of every 32nd character's byte offset).
import re

s = "".join(chr(0x3b1 + i % 20) if i % 3 else "x" for i in range(200)) + "ü€😀end"
print(len(s), s[0], s[1], s[31], s[32], s[33], s[63], s[64], s[-1], s[-7], s[199], s[200:204])
print(s[30:35], s[95:97], s[-6:], s[::50], s.find("😀"), s.index("end"), s[len(s) - 1 :])
print([s[i] for i in (0, 15, 31, 32, 47, 64, 127, 128, 129, 160, 201, 202, 203)])
m = re.search("😀(e)", s)
print(m.span(), m.span(1), m.group(), re.compile("x").match(s, 99), re.compile("x").match(s, 100))
print([m.start() for m in re.finditer("x", s)][-3:], len(re.findall(".", s)))
print(re.sub("[α-ω]", "", s)[:10], s.rfind("x"), s.count("x"))

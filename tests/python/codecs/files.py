# Text files in other encodings: one byte order mark written at the start (none when
# appending), read by the mark, code units split across the reader's chunks.
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "f.txt")


def raw():
    with open(path, "rb") as f:
        return f.read()


for enc in ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "utf-8-sig",
            "cp1252", "latin9", "cp437", "mac-roman", "latin-1"):
    with open(path, "w", encoding=enc) as f:
        print(f.encoding, f.write("caf\xe9 \u20ac\n") if enc not in ("latin-1", "cp437", "mac-roman")
              else f.write("caf\xe9\n"))
        f.write("line 2\n")
    data = raw()
    print(enc, data[:12], len(data))
    with open(path, "a", encoding=enc) as f:
        f.write("more\n")
    print(enc, raw()[-12:])
    with open(path, encoding=enc) as f:
        print(enc, ascii(f.readline()), ascii(f.read()))
    with open(path, encoding=enc) as f:
        print(enc, [ascii(line) for line in f])

# Big files: the reader's chunks end inside a code unit or a surrogate pair.
text = ("x\U0001f600\xe9" * 3000) + "\nend\n"
for enc in ("utf-16", "utf-16-be", "utf-32", "utf-8-sig", "cp1252"):
    body = text if enc != "cp1252" else text.replace("\U0001f600", "\u20ac")
    with open(path, "w", encoding=enc) as f:
        f.write(body)
    with open(path, encoding=enc) as f:
        lines = f.readlines()
    print(enc, len(lines), lines[0] == body.split("\n")[0] + "\n", lines[-1])
    with open(path, encoding=enc) as f:
        got = []
        while True:
            s = f.read(1000)
            if not s:
                break
            got.append(s)
    print(enc, "".join(got) == body)

with open(path, "wb") as f:
    f.write(b"\xfe\xff\x00h\x00i")
with open(path, encoding="utf-16") as f:
    print(f.read())
with open(path, "wb") as f:
    f.write(b"a\x81b")
with open(path, encoding="cp1252", errors="replace") as f:
    print(ascii(f.read()))
try:
    with open(path, encoding="cp1252") as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    open(path, encoding="nope")
except LookupError as e:
    print(type(e).__name__, e)
os.remove(path)
os.rmdir(d)

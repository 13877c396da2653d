import os.path as p

print(p.commonprefix([]), p.commonprefix(["/usr/lib", "/usr/local"]), p.commonprefix(["abc"]))
print(p.commonprefix([["a", "b", "c"], ["a", "b", "d"]]))
cases = [
    ("/a/b/c", "/a"),
    ("/a", "/a/b/c"),
    ("/a/b", "/a/b"),
    ("/x/y", "/a/b"),
    ("/", "/a/b"),
    ("/a/b/", "/a"),
    ("/a//b/./c/../d", "/a"),
    ("/usr/lib", "/usr/library"),
]
for path, start in cases:
    print(repr(path), repr(start), p.relpath(path, start))
here = p.abspath(".")
print(p.relpath(here), p.relpath(p.join(here, "sub", "f.py")), p.relpath(here, p.join(here, "x", "y")))
try:
    p.relpath("")
except ValueError as e:
    print("ValueError:", e)

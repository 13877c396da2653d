# os.path.lexists/islink/normcase/splitdrive and os.fspath of bytes.
import os
import os.path

with open("path_additions.tmp", "w") as f:
    f.write("x")
for p in ["path_additions.tmp", "missing.tmp", ".", ""]:
    print(repr(p), os.path.lexists(p), os.path.islink(p), os.path.exists(p))
os.remove("path_additions.tmp")
print(os.path.normcase("A/B/c.TXT"), os.path.normcase(b"X/y"))
print(os.path.splitdrive("/a/b"), os.path.splitdrive("c:/x"), os.path.splitdrive(b"/z"))
print(os.fspath("s"), os.fspath(b"b"))
class P:
    def __fspath__(self):
        return "from-fspath"
print(os.path.normcase(P()), os.path.splitdrive(P()), os.path.lexists(P()))
for bad in [1, None, 2.5]:
    for f in (os.path.normcase, os.path.splitdrive, os.fspath):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, "TypeError", e)

# readlines(hint) on files, StringIO and BytesIO (which stop at different totals), writelines, isatty.
import io, os
p = "metal_io_hint_%d.txt" % os.getpid()
with open(p, "w") as f:
    f.writelines(["ab\n", "cd\n", "ef\n"])
with open(p) as f:
    print(f.readlines(3), f.readlines())
with open(p, "rb") as f:
    print(f.readlines(4), f.isatty(), f.seekable())
s = io.StringIO("x\ny\nz\n")
print(s.readlines(2), list(s))
b = io.BytesIO(b"1\n2\n")
b.seek(0, 2)
b.writelines([b"3\n"])
print(b.getvalue(), b.isatty())
with io.StringIO() as s2:
    s2.writelines(["a", "b"])
    print(s2.getvalue())
print(s2.closed)
os.remove(p)
print(io.BytesIO(b"ab\ncd\nef\n").readlines(3), io.StringIO("ab\ncd\nef\n").readlines(3), io.BytesIO(b"ab\ncd\nef\n").readlines(2))

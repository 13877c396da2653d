import os
import stat
import tempfile

base = os.path.join(os.getcwd(), "_tempfile_scratch")
os.mkdir(base)
try:
    print(tempfile.gettempprefix(), tempfile.gettempprefixb(), tempfile.template)
    print(tempfile.TMP_MAX, sorted(tempfile.__all__))
    print(os.path.isabs(tempfile.gettempdir()), os.path.isdir(tempfile.gettempdir()))
    print(tempfile.gettempdir() == tempfile.tempdir, tempfile.gettempdirb() == os.fsencode(tempfile.gettempdir()))

    fd, p = tempfile.mkstemp(dir=base)
    name = os.path.basename(p)
    print(type(fd).__name__, os.path.dirname(p) == base, name[:3], len(name))
    print(all(c in "abcdefghijklmnopqrstuvwxyz0123456789_" for c in name[3:]))
    print(oct(stat.S_IMODE(os.stat(p).st_mode)))
    os.write(fd, b"data")
    os.close(fd)
    with open(p, "rb") as f:
        print(f.read())
    os.unlink(p)

    fd, p = tempfile.mkstemp(suffix=".txt", prefix="pre_", dir=base, text=True)
    name = os.path.basename(p)
    print(name.startswith("pre_"), name.endswith(".txt"), len(name))
    os.close(fd)
    os.unlink(p)
    try:
        tempfile.mkstemp(prefix=b"x", dir=base)
    except TypeError as e:
        print("TypeError", e)

    d = tempfile.mkdtemp(dir=base, prefix="dd", suffix="_s")
    n = os.path.basename(d)
    print(os.path.isdir(d), n[:2], n[-2:], len(n), oct(stat.S_IMODE(os.stat(d).st_mode)))
    os.rmdir(d)

    names = set()
    for _ in range(20):
        fd, p = tempfile.mkstemp(dir=base)
        names.add(p)
        os.close(fd)
    print(len(names), len(os.listdir(base)))
    for p in names:
        os.unlink(p)

    f = tempfile.NamedTemporaryFile(dir=base)
    print(type(f).__name__, f.mode, f.delete, os.path.exists(f.name), f.name.startswith(base))
    f.write(b"abc\ndef\n")
    f.seek(0)
    print(f.read(), f.tell(), f.closed)
    f.seek(0)
    print(list(f))
    f.close()
    print(f.closed, os.path.exists(f.name))
    f.close()

    with tempfile.NamedTemporaryFile("w+", dir=base, suffix=".log", encoding="utf-8") as f:
        print(f.name.endswith(".log"), f.mode, f.encoding)
        f.write("héllo\n")
        f.flush()
        with open(f.name, encoding="utf-8") as g:
            print(repr(g.read()))
        name = f.name
    print(os.path.exists(name), f.closed)

    with tempfile.NamedTemporaryFile(dir=base, delete=False) as f:
        f.write(b"kept")
    print(os.path.exists(f.name), f.closed)
    with open(f.name, "rb") as g:
        print(g.read())
    os.unlink(f.name)

    with tempfile.TemporaryFile(dir=base) as f:
        print(type(f.name).__name__, f.name == f.fileno(), os.listdir(base))
        f.write(b"xyz")
        f.seek(0)
        print(f.read(), f.mode)
    print(f.closed)
    with tempfile.TemporaryFile("w+t", dir=base) as f:
        f.write("line1\nline2\n")
        f.seek(0)
        print(f.readlines(), f.mode)

    t = tempfile.TemporaryDirectory(dir=base, prefix="td")
    print(repr(t).startswith("<TemporaryDirectory '" + base), os.path.basename(t.name)[:2])
    os.mkdir(os.path.join(t.name, "sub"))
    with open(os.path.join(t.name, "sub", "f.txt"), "w") as g:
        g.write("x")
    t.cleanup()
    print(os.path.exists(t.name))
    t.cleanup()
    with tempfile.TemporaryDirectory(dir=base) as name:
        print(type(name).__name__, os.path.isdir(name))
        with open(os.path.join(name, "a"), "w") as g:
            g.write("a")
    print(os.path.exists(name), os.listdir(base))

    s = tempfile.SpooledTemporaryFile(max_size=10, dir=base)
    s.write(b"12345")
    print(s._rolled, s.tell(), s.name, s.mode, os.listdir(base))
    s.write(b"678901")
    print(s._rolled, s.tell(), type(s.name).__name__)
    s.seek(0)
    print(s.read(), s.closed)
    s.close()
    print(s.closed)
    with tempfile.SpooledTemporaryFile(mode="w+") as s:
        s.write("text\nmore\n")
        s.seek(0)
        print(s.readline(), s._rolled, s.read())
        s.rollover()
        print(s._rolled)
        s.seek(0)
        print(s.read())
    print(tempfile.TemporaryDirectory[int], tempfile.SpooledTemporaryFile[str])

    old = tempfile.tempdir
    tempfile.tempdir = base
    fd, p = tempfile.mkstemp()
    os.close(fd)
    print(os.path.dirname(p) == base, tempfile.gettempdir() == base)
    os.unlink(p)
    tempfile.tempdir = old
    m = tempfile.mktemp(dir=base)
    print(os.path.dirname(m) == base, os.path.exists(m))
finally:
    for root in [base]:
        for name in os.listdir(root):
            os.remove(os.path.join(root, name))
        os.rmdir(root)
print(os.path.exists(base))

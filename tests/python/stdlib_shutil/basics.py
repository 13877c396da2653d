import os
import shutil
import stat

base = os.path.join(os.getcwd(), "_shutil_scratch")
os.mkdir(base)


def j(*parts):
    return os.path.join(base, *parts)


def rel(p):
    return os.path.relpath(p, base) if isinstance(p, str) and p.startswith(base) else p


def tree(root):
    out = []
    for dirpath, dirnames, filenames in sorted(walk(root)):
        out.append((os.path.relpath(dirpath, root), sorted(dirnames), sorted(filenames)))
    return out


def walk(root):
    names = os.listdir(root)
    dirs = [n for n in names if os.path.isdir(os.path.join(root, n))
            and not os.path.islink(os.path.join(root, n))]
    files = [n for n in names if n not in dirs]
    yield root, dirs, files
    for d in dirs:
        yield from walk(os.path.join(root, d))


def write(p, data):
    with open(p, "w") as f:
        f.write(data)


def read(p):
    with open(p) as f:
        return f.read()


try:
    write(j("a.txt"), "alpha\n" * 1000)
    os.chmod(j("a.txt"), 0o640)
    os.utime(j("a.txt"), (1000000000, 1200000000))
    print(rel(shutil.copyfile(j("a.txt"), j("b.txt"))), read(j("b.txt")) == read(j("a.txt")))
    print(os.stat(j("b.txt")).st_mtime != 1200000000)
    try:
        shutil.copyfile(j("a.txt"), j("a.txt"))
    except shutil.SameFileError as e:
        print("SameFileError", isinstance(e, shutil.Error), isinstance(e, OSError),
              str(e).replace(base, "BASE"))
    try:
        shutil.copyfile(j("missing"), j("c.txt"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, rel(e.filename))
    os.mkdir(j("d"))
    try:
        shutil.copyfile(j("a.txt"), j("d"))
    except IsADirectoryError as e:
        print("IsADirectoryError", e.errno, rel(e.filename))
    print(rel(shutil.copy(j("a.txt"), j("d"))), oct(stat.S_IMODE(os.stat(j("d", "a.txt")).st_mode)))
    print(os.stat(j("d", "a.txt")).st_mtime == 1200000000)
    print(rel(shutil.copy2(j("a.txt"), j("c.txt"))))
    st = os.stat(j("c.txt"))
    print(oct(stat.S_IMODE(st.st_mode)), st.st_mtime, st.st_mtime_ns)
    os.chmod(j("b.txt"), 0o600)
    shutil.copymode(j("a.txt"), j("b.txt"))
    print(oct(stat.S_IMODE(os.stat(j("b.txt")).st_mode)))
    os.chmod(j("b.txt"), 0o600)
    shutil.copystat(j("a.txt"), j("b.txt"))
    print(oct(stat.S_IMODE(os.stat(j("b.txt")).st_mode)), os.stat(j("b.txt")).st_mtime)

    import io
    src = io.BytesIO(b"x" * 100000)
    dst = io.BytesIO()
    shutil.copyfileobj(src, dst)
    print(len(dst.getvalue()))
    src = io.StringIO("hello world")
    dst = io.StringIO()
    shutil.copyfileobj(src, dst, 3)
    print(dst.getvalue())

    # copytree
    os.makedirs(j("src", "sub", "deep"))
    write(j("src", "one.py"), "1")
    write(j("src", "two.pyc"), "2")
    write(j("src", "sub", "three.txt"), "3")
    write(j("src", "sub", "deep", "four.py"), "4")
    os.symlink("one.py", j("src", "link.py"))
    print(rel(shutil.copytree(j("src"), j("dst"))))
    print(tree(j("dst")))
    print(os.path.islink(j("dst", "link.py")), read(j("dst", "link.py")))
    try:
        shutil.copytree(j("src"), j("dst"))
    except FileExistsError as e:
        print("FileExistsError", e.errno, rel(e.filename))
    shutil.copytree(j("src"), j("dst"), dirs_exist_ok=True)
    shutil.copytree(j("src"), j("dst2"), symlinks=True,
                    ignore=shutil.ignore_patterns("*.pyc", "deep"))
    print(tree(j("dst2")), os.path.islink(j("dst2", "link.py")), os.readlink(j("dst2", "link.py")))
    seen = []

    def ign(path, names):
        seen.append((rel(path), sorted(names)))
        return {"sub"}

    shutil.copytree(j("src"), j("dst3"), ignore=ign)
    print(sorted(seen), tree(j("dst3")))
    copied = []

    def cf(s, d):
        copied.append((rel(s), rel(d)))
        return shutil.copy2(s, d)

    shutil.copytree(j("src", "sub"), j("dst4"), copy_function=cf)
    print(sorted(copied))
    print(shutil.ignore_patterns("*.py")("x", ["a.py", "b.txt", "c.py"]) == {"a.py", "c.py"})

    # rmtree
    calls = []

    def onerror(func, path, exc_info):
        calls.append((func.__name__, rel(path), exc_info[0].__name__))

    shutil.rmtree(j("dst"))
    print(os.path.exists(j("dst")))
    shutil.rmtree(j("nope"), onerror=onerror)
    shutil.rmtree(j("a.txt"), onerror=onerror)
    os.symlink(j("dst2"), j("dirlink"))
    shutil.rmtree(j("dirlink"), onerror=onerror)
    print(calls)
    for p in ["nope", "a.txt", "dirlink"]:
        try:
            shutil.rmtree(j(p))
        except OSError as e:
            print(type(e).__name__, e.errno, str(e).replace(base, "BASE"))
    shutil.rmtree(j("nope"), ignore_errors=True)
    print(os.path.exists(j("dst2")), os.path.exists(j("a.txt")))
    os.unlink(j("dirlink"))
    shutil.rmtree(j("dst2"))
    shutil.rmtree(j("dst3"))
    shutil.rmtree(j("dst4"))
    print(shutil.rmtree.avoids_symlink_attacks)

    # move
    print(rel(shutil.move(j("b.txt"), j("moved.txt"))), os.path.exists(j("b.txt")))
    print(rel(shutil.move(j("moved.txt"), j("d"))))
    try:
        shutil.copy(j("c.txt"), j("d", "moved.txt"))
        shutil.move(j("c.txt"), j("d"))
        shutil.move(j("d", "moved.txt"), j("d"))
    except shutil.Error as e:
        print("Error", str(e).replace(base, "BASE"))
    try:
        shutil.move(j("src"), j("src", "sub"))
    except shutil.Error as e:
        print("Error", str(e).replace(base, "BASE"))
    print(rel(shutil.move(j("src"), j("d"))), tree(j("d")))
    print(rel(shutil.move(j("d", "src"), j("newsrc"))), os.path.islink(j("newsrc", "link.py")))
    try:
        shutil.move(j("missing"), j("x"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)

    # which
    write(j("prog"), "#!/bin/sh\n")
    os.chmod(j("prog"), 0o755)
    write(j("noexec"), "")
    print(rel(shutil.which("prog", path=base)), shutil.which("noexec", path=base))
    print(rel(shutil.which("noexec", mode=os.F_OK, path=base)))
    print(shutil.which("prog", path=""), shutil.which("nothing-here-at-all", path=base))
    print(rel(shutil.which(j("prog"))), shutil.which(j("noexec")), shutil.which("d", path=base))
    print(rel(shutil.which("prog", path=os.pathsep.join([j("d"), base]))))
    print(shutil.which("sh") is not None)

    print(shutil.get_terminal_size((33, 44)) if "COLUMNS" not in os.environ else "skip")
    os.environ["COLUMNS"] = "100"
    os.environ["LINES"] = "40"
    ts = shutil.get_terminal_size()
    print(ts, ts.columns, ts.lines, type(ts).__name__, tuple(ts))
    du = shutil.disk_usage(base)
    print(type(du).__name__, du._fields, du.total >= du.used >= 0, du.total >= du.free >= 0)
    print(shutil.Error.__mro__[1:3], shutil.SameFileError.__mro__[1],
          issubclass(shutil.SpecialFileError, OSError), shutil.COPY_BUFSIZE)
finally:
    shutil.rmtree(base)
print(os.path.exists(base))

import os
import stat

base = os.path.join(os.getcwd(), "_os_links_scratch")
os.mkdir(base)
try:
    f = os.path.join(base, "file.txt")
    with open(f, "w") as fh:
        fh.write("12345")
    os.mkdir(os.path.join(base, "dir"))
    os.symlink("file.txt", os.path.join(base, "ln"))
    os.symlink(os.path.join(base, "dir"), os.path.join(base, "dirln"))
    os.symlink("missing", os.path.join(base, "broken"))
    print(os.readlink(os.path.join(base, "ln")), os.path.islink(os.path.join(base, "ln")))
    print(stat.S_ISLNK(os.lstat(os.path.join(base, "ln")).st_mode),
          stat.S_ISREG(os.stat(os.path.join(base, "ln")).st_mode))
    print(os.stat(os.path.join(base, "ln"), follow_symlinks=False) == os.lstat(os.path.join(base, "ln")))
    try:
        os.symlink("x", os.path.join(base, "ln"))
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    try:
        os.readlink(f)
    except OSError as e:
        print(type(e).__name__, e.errno)
    try:
        os.stat(os.path.join(base, "broken"))
    except FileNotFoundError as e:
        print("FileNotFoundError", os.path.basename(e.filename))
    print(os.path.samefile(f, os.path.join(base, "ln")), os.path.samefile(f, base))
    print(os.path.samestat(os.stat(f), os.stat(os.path.join(base, "ln"))))
    print(os.access(f, os.F_OK), os.access(f, os.R_OK | os.W_OK), os.access(f, os.X_OK),
          os.access(os.path.join(base, "nope"), os.F_OK), os.access(base, os.X_OK))
    print(os.F_OK, os.R_OK, os.W_OK, os.X_OK)
    entries = sorted(os.scandir(base), key=lambda e: e.name)
    for e in entries:
        print(repr(e), e.name, e.path == os.path.join(base, e.name), e.is_dir(), e.is_file(),
              e.is_symlink(), e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False),
              os.fspath(e) == e.path)
    print(entries[-1].stat().st_size, entries[-1].inode() == os.stat(f).st_ino)
    with os.scandir(base) as it:
        print(sorted(e.name for e in it))
    old = os.getcwd()
    os.chdir(base) if hasattr(os, "chdir") else None
    if hasattr(os, "chdir"):
        os.chdir(old)
    print(sorted(e.name for e in os.scandir(base) if e.is_dir()))
    try:
        os.scandir(os.path.join(base, "nope"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    ts = os.terminal_size((10, 20))
    print(ts, ts.columns, ts.lines, ts == (10, 20))
    try:
        os.terminal_size((1, 2, 3))
    except TypeError as e:
        print("TypeError", e)
    try:
        os.get_terminal_size(os.open(f, os.O_RDONLY))
    except OSError as e:
        print(type(e).__name__, e.errno)
    print(os.defpath)
finally:
    for name in os.listdir(base):
        p = os.path.join(base, name)
        if os.path.isdir(p) and not os.path.islink(p):
            os.rmdir(p)
        else:
            os.unlink(p)
    os.rmdir(base)
print(os.path.exists(base))

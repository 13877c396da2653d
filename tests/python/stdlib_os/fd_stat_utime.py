import os
import stat

base = os.path.join(os.getcwd(), "_osfd_scratch")
os.mkdir(base)
try:
    p = os.path.join(base, "a.txt")
    fd = os.open(p, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
    print(type(fd).__name__, fd > 2)
    print(os.write(fd, b"hello world\n"), os.lseek(fd, 0, os.SEEK_SET))
    print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
    os.close(fd)
    try:
        os.close(fd)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
    try:
        os.open(p, os.O_RDWR | os.O_CREAT | os.O_EXCL)
    except FileExistsError as e:
        print("FileExistsError", e.errno, e.strerror, os.path.basename(e.filename))
    try:
        os.open(os.path.join(base, "missing"), os.O_RDONLY)
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, os.path.basename(e.filename))
    print(stat.S_IMODE(os.stat(p).st_mode) == 0o600 or "umask")
    os.chmod(p, 0o640)
    print(oct(stat.S_IMODE(os.stat(p).st_mode)))
    os.chmod(p, 0o600)
    fd = os.open(p, os.O_WRONLY | os.O_APPEND)
    os.write(fd, bytearray(b"more\n"))
    os.close(fd)
    with open(p, "rb") as f:
        print(f.read())
    fd = os.open(p, os.O_RDONLY)
    with os.fdopen(fd) as f:
        print(f.read().splitlines(), f.mode)
    print(f.closed)
    try:
        os.read(fd, 1)
    except OSError as e:
        print("closed with the file:", e.errno)
    fd = os.open(p, os.O_RDWR)
    f = os.fdopen(fd, "rb", closefd=False) if False else open(fd, "rb", closefd=False)
    print(f.read(5), f.fileno() == fd)
    f.close()
    print(os.read(fd, 6))
    os.close(fd)
    fd = os.open(p, os.O_RDWR | os.O_TRUNC)
    with os.fdopen(fd, "w+") as f:
        f.write("text\n")
        f.seek(0)
        print(repr(f.read()))
    try:
        os.fdopen("x")
    except TypeError as e:
        print("TypeError", e)
    try:
        open(p, closefd=False)
    except ValueError as e:
        print("ValueError", e)
    try:
        os.write(fd, "str")
    except TypeError as e:
        print("TypeError", e)
    for m in ["wb", "w+b", "rb", "r+b", "ab", "a+b", "br", "w", "w+", "r+", "a+"]:
        with open(p, m) as f:
            print(m, f.mode, getattr(f, "buffer", f).mode)
    os.unlink(p)
    for m in ["xb", "x+b", "x"]:
        with open(p, m) as f:
            print(m, f.mode, getattr(f, "buffer", f).mode)
        os.unlink(p)
    with open(p, "w") as f:
        f.write("text\n")
    os.utime(p, (1000000000, 1500000000))
    st = os.stat(p)
    print(st.st_atime, st.st_mtime, st.st_mtime_ns, st[8], type(st[8]).__name__)
    os.utime(p, ns=(1, 2_500_000_000))
    st = os.stat(p)
    print(st.st_atime_ns, st.st_mtime_ns, st.st_mtime)
    os.utime(p, (1.5, 2.25))
    print(os.stat(p).st_atime, os.stat(p).st_mtime)
    try:
        os.utime(p, (1, 2), ns=(1, 2))
    except ValueError as e:
        print("ValueError", e)
    try:
        os.utime(p, [1, 2])
    except TypeError as e:
        print("TypeError", e)
    try:
        os.utime(os.path.join(base, "nope"), None)
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    st = os.stat(p)
    print(len(st), st.st_size, st.st_nlink, stat.S_ISREG(st.st_mode), st.st_ino > 0,
          st == os.lstat(p), isinstance(st, tuple), type(st).__name__)
    print(stat.S_ISDIR(os.stat(base).st_mode), stat.S_ISREG(os.lstat(p).st_mode))
    os.mkdir(os.path.join(base, "d"), 0o700)
    print(oct(stat.S_IMODE(os.stat(os.path.join(base, "d")).st_mode)))
    os.rmdir(os.path.join(base, "d"))
    print(os.fsencode("abc"), os.fsdecode(b"abc"), os.fsencode(b"x"), os.fsdecode("y"))
    print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_EXCL, os.O_TRUNC,
          os.O_APPEND, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
finally:
    for name in os.listdir(base):
        os.remove(os.path.join(base, name))
    os.rmdir(base)
print(os.path.exists(base))

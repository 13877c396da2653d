# os.path for POSIX systems, from the documented behaviour of CPython's posixpath.
import _metal_os

sep = "/"
curdir = "."
pardir = ".."


def fspath(p):
    """os.fspath: a str or bytes path as it is, or what its __fspath__ gives."""
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), "__fspath__", None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not %s"
                        % type(p).__name__)
    return f(p)


def join(a, *p):
    path = fspath(a)
    for b in p:
        b = fspath(b)
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


def split(p):
    p = fspath(p)
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def basename(p):
    p = fspath(p)
    return p[p.rfind("/") + 1:]


def dirname(p):
    return split(p)[0]


def splitext(p):
    p = fspath(p)
    dot = p.rfind(".")
    slash = p.rfind("/")
    if dot > slash:
        i = slash + 1
        while i < dot:
            if p[i] != ".":
                return p[:dot], p[dot:]
            i += 1
    return p, ""


def isabs(p):
    return fspath(p).startswith("/")


def normpath(p):
    p = fspath(p)
    if not p:
        return "."
    initial = 2 if p.startswith("//") and not p.startswith("///") else (1 if p.startswith("/") else 0)
    parts = []
    for comp in p.split("/"):
        if comp in ("", "."):
            continue
        if comp != ".." or (not initial and not parts) or (parts and parts[-1] == ".."):
            parts.append(comp)
        elif parts:
            parts.pop()
    out = "/".join(parts)
    if initial:
        out = "/" * initial + out
    return out or "."


def abspath(p):
    p = fspath(p)
    if not isabs(p):
        p = join(_metal_os.getcwd(), p)
    return normpath(p)


realpath = abspath


def exists(p):
    return _metal_os.kind(fspath(p)) != 0


def isfile(p):
    return _metal_os.kind(fspath(p)) == 1


def isdir(p):
    return _metal_os.kind(fspath(p)) == 2


def lexists(p):
    """Whether something is at path p, a broken symbolic link included."""
    return _metal_os.kind(fspath(p), False) != 0


def islink(p):
    return _metal_os.kind(fspath(p), False) == 4


def samestat(s1, s2):
    """Whether two stat results are of the same file (device and inode)."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Whether two paths name the same file (after following symbolic links)."""
    import os
    return samestat(os.stat(f1), os.stat(f2))


def getatime(p):
    import os
    return os.stat(p).st_atime


def getctime(p):
    import os
    return os.stat(p).st_ctime


def normcase(s):
    """The path as it is: case matters on POSIX."""
    return fspath(s)


def splitdrive(p):
    """('', p): POSIX paths have no drive."""
    p = fspath(p)
    return p[:0], p


def expanduser(p):
    p = fspath(p)
    if p == "~" or p.startswith("~/"):
        home = dict(_metal_os.environ()).get("HOME", "/")
        return home.rstrip("/") + p[1:] if home != "/" else (p[1:] or "/")
    return p


def getsize(p):
    return _metal_os.stat(fspath(p))[0]


def getmtime(p):
    return _metal_os.stat(fspath(p))[1]


def commonprefix(m):
    """The longest leading string every item of `m` starts with (character-wise)."""
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(fspath, m))
    lo, hi = min(m), max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


def relpath(path, start=None):
    """`path` relative to `start` (the current directory by default)."""
    path = fspath(path)
    if not path:
        raise ValueError("no path specified")
    start = curdir if start is None else fspath(start)
    here = [c for c in abspath(start).split(sep) if c]
    there = [c for c in abspath(path).split(sep) if c]
    common = len(commonprefix([here, there]))
    parts = [pardir] * (len(here) - common) + there[common:]
    return join(*parts) if parts else curdir

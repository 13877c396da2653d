# os: the process environment, the working directory and path helpers (os.path is
# posixpath). Native pieces come from _metal_os; the rest is Python.
import sys

import _metal_os
import _sysinfo
import posixpath as path

sys.modules["os.path"] = path

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
curdir = "."
pardir = ".."
linesep = "\n"
devnull = "/dev/null"

environ = dict(_metal_os.environ())


def getenv(key, default=None):
    return environ.get(key, default)


def getcwd():
    return _metal_os.getcwd()


def listdir(p="."):
    return sorted(_metal_os.listdir(_fspath(p)))


def urandom(n):
    return _metal_os.urandom(n)


def getpid():
    return _metal_os.getpid()


_fspath = path.fspath


def fspath(path):
    """Return the file system path representation of the object."""
    if isinstance(path, (str, bytes)):
        return path
    f = getattr(type(path), "__fspath__", None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not %s"
                        % type(path).__name__)
    r = f(path)
    if not isinstance(r, (str, bytes)):
        raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                        % (type(path).__name__, type(r).__name__))
    return r


class PathLike:
    pass


class stat_result(tuple):
    """os.stat()'s result: a tuple of the ten classic fields (whole-second times),
    with the float and nanosecond times, st_blksize, st_blocks and st_rdev as
    attributes (None when not given), as CPython's structseq."""

    # A struct sequence of CPython's: no attribute can be set (metal keeps the
    # extra fields in the instance's dict, set through object.__setattr__).
    __setattr__ = _sysinfo.structseq_setattr
    __delattr__ = _sysinfo.structseq_delattr

    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    __match_args__ = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid",
                      "st_size")

    def __new__(cls, fields, extra=None):
        fields = tuple(fields)
        if len(fields) < 10:
            raise TypeError("os.stat_result() takes an at least 10-sequence "
                            "(%d-sequence given)" % len(fields))
        if len(fields) > 19:
            raise TypeError("os.stat_result() takes an at most 19-sequence "
                            "(%d-sequence given)" % len(fields))
        self = tuple.__new__(cls, fields[:10])
        object.__setattr__(self, "_extra", fields[10:] + (None,) * (19 - len(fields)))
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self[7] if self._extra[0] is None else self._extra[0])
    st_mtime = property(lambda self: self[8] if self._extra[1] is None else self._extra[1])
    st_ctime = property(lambda self: self[9] if self._extra[2] is None else self._extra[2])
    st_atime_ns = property(lambda self: self._extra[3])
    st_mtime_ns = property(lambda self: self._extra[4])
    st_ctime_ns = property(lambda self: self._extra[5])
    st_blksize = property(lambda self: self._extra[6])
    st_blocks = property(lambda self: self._extra[7])
    st_rdev = property(lambda self: self._extra[8])

    def __repr__(self):
        names = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid",
                 "st_size", "st_atime", "st_mtime", "st_ctime")
        return "os.stat_result(%s)" % ", ".join("%s=%r" % (n, v) for n, v in zip(names, self))

    def __reduce__(self):
        return (stat_result, (tuple(self) + self._extra,))


def _stat(p, follow):
    (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime, blocks,
     blksize, rdev) = _metal_os.stat_full(_fspath(p), follow)
    sec = 1_000_000_000

    def seconds(ns):
        return ns // sec + (ns % sec) * 1e-9

    return stat_result((mode, ino, dev, nlink, uid, gid, size, atime // sec, mtime // sec,
                        ctime // sec, seconds(atime), seconds(mtime), seconds(ctime),
                        atime, mtime, ctime, blksize, blocks, rdev))


def stat(p, *, dir_fd=None, follow_symlinks=True):
    if dir_fd is not None:
        raise NotImplementedError("os.stat: dir_fd is not supported yet")
    if isinstance(p, int) and not isinstance(p, bool):
        raise NotImplementedError("os.stat of a file descriptor is not supported yet")
    return _stat(p, follow_symlinks)


def lstat(p, *, dir_fd=None):
    if dir_fd is not None:
        raise NotImplementedError("os.lstat: dir_fd is not supported yet")
    return _stat(p, False)


def remove(p, *, dir_fd=None):
    if dir_fd is not None:
        raise NotImplementedError("os.remove: dir_fd is not supported yet")
    _metal_os.remove(_fspath(p))


def unlink(p, *, dir_fd=None):
    if dir_fd is not None:
        raise NotImplementedError("os.unlink: dir_fd is not supported yet")
    _metal_os.remove(_fspath(p))


def rmdir(p, *, dir_fd=None):
    if dir_fd is not None:
        raise NotImplementedError("os.rmdir: dir_fd is not supported yet")
    _metal_os.rmdir(_fspath(p))


def mkdir(p, mode=0o777, *, dir_fd=None):
    if dir_fd is not None:
        raise NotImplementedError("os.mkdir: dir_fd is not supported yet")
    _metal_os.mkdir(_fspath(p), mode)


def makedirs(name, mode=0o777, exist_ok=False):
    name = _fspath(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    if src_dir_fd is not None or dst_dir_fd is not None:
        raise NotImplementedError("os.rename: src_dir_fd and dst_dir_fd are not supported yet")
    _metal_os.rename(_fspath(src), _fspath(dst))


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    if src_dir_fd is not None or dst_dir_fd is not None:
        raise NotImplementedError("os.replace: src_dir_fd and dst_dir_fd are not supported yet")
    _metal_os.rename(_fspath(src), _fspath(dst))


# File descriptors (the C library's open/read/write/close), for tempfile.mkstemp and
# callers that work with descriptors.
O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_CREAT = 0o100
O_EXCL = 0o200
O_TRUNC = 0o1000
O_APPEND = 0o2000
O_NONBLOCK = 0o4000
O_DIRECTORY = 0o200000
O_NOFOLLOW = 0o400000
O_CLOEXEC = 0o2000000
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


def open(path, flags, mode=0o777, *, dir_fd=None):
    if dir_fd is not None:
        raise NotImplementedError("os.open: dir_fd is not supported yet")
    return _metal_os.open(_fspath(path), flags, mode)


def close(fd):
    _metal_os.close(fd)


def read(fd, n):
    return _metal_os.read(fd, n)


def write(fd, data):
    return _metal_os.write(fd, data)


def lseek(fd, pos, how):
    return _metal_os.lseek(fd, pos, how)


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


def chmod(p, mode, *, dir_fd=None, follow_symlinks=True):
    if dir_fd is not None or not follow_symlinks:
        raise NotImplementedError("chmod: dir_fd and follow_symlinks=False are not supported yet "
                                  "(Linux has no lchmod)")
    _metal_os.chmod(_fspath(p), mode)


def utime(p, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    if dir_fd is not None:
        raise NotImplementedError("os.utime: dir_fd is not supported yet")
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        ns = tuple(int(t * 1_000_000_000) if isinstance(t, float) else t * 1_000_000_000
                   for t in times)
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError("utime: 'ns' must be a tuple of two ints")
    else:
        ns = (None, None)
    _metal_os.utime(_fspath(p), ns[0], ns[1], follow_symlinks)


def fsencode(filename):
    filename = _fspath(filename)
    return filename.encode("utf-8", "surrogateescape") if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = _fspath(filename)
    return filename.decode("utf-8", "surrogateescape") if isinstance(filename, bytes) else filename


F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
defpath = "/bin:/usr/bin"


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    if dir_fd is not None:
        raise NotImplementedError("os.symlink: dir_fd is not supported yet")
    _metal_os.symlink(_fspath(src), _fspath(dst))


def readlink(p, *, dir_fd=None):
    if dir_fd is not None:
        raise NotImplementedError("os.readlink: dir_fd is not supported yet")
    return _metal_os.readlink(_fspath(p))


def access(p, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    if dir_fd is not None or effective_ids or not follow_symlinks:
        raise NotImplementedError("os.access: dir_fd, effective_ids and follow_symlinks=False "
                                  "are not supported yet")
    return _metal_os.access(_fspath(p), mode)


class terminal_size(tuple):
    """A terminal's size: (columns, lines)."""

    __slots__ = ()
    __setattr__ = _sysinfo.structseq_setattr
    __delattr__ = _sysinfo.structseq_delattr
    n_sequence_fields = 2
    n_fields = 2
    n_unnamed_fields = 0
    __match_args__ = ("columns", "lines")

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 2:
            raise TypeError("os.terminal_size() takes a 2-sequence (%d-sequence given)"
                            % len(seq))
        return tuple.__new__(cls, seq)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return "os.terminal_size(columns=%r, lines=%r)" % self

    def __reduce__(self):
        return (terminal_size, (tuple(self),))


def get_terminal_size(fd=1):
    return terminal_size(_metal_os.get_terminal_size(fd))


class DirEntry:
    """One entry of a directory listed by scandir(): its name and path, with the
    kind and stat() of what is there (looked up when asked for)."""

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)

    def __repr__(self):
        return "<DirEntry %r>" % (self.name,)

    def __fspath__(self):
        return self.path

    def is_dir(self, *, follow_symlinks=True):
        return _metal_os.kind(self.path, follow_symlinks) == 2

    def is_file(self, *, follow_symlinks=True):
        return _metal_os.kind(self.path, follow_symlinks) == 1

    def is_symlink(self):
        return _metal_os.kind(self.path, False) == 4

    def stat(self, *, follow_symlinks=True):
        return _stat(self.path, follow_symlinks)

    def inode(self):
        return _stat(self.path, False).st_ino

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class _ScandirIterator:
    def __init__(self, directory, names):
        self._dir = directory
        self._names = iter(names)

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._dir, next(self._names))

    def close(self):
        self._names = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def scandir(p="."):
    """An iterator of DirEntry objects for the entries of directory p, in the
    directory's order."""
    if isinstance(p, int) and not isinstance(p, bool):
        raise NotImplementedError("os.scandir of a file descriptor is not supported yet")
    p = _fspath(p)
    return _ScandirIterator(p, _metal_os.listdir(p))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) for each directory
    under top; with topdown, callers may prune dirnames in place."""
    top = _fspath(top)
    stack = [top]
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        nondirs = []
        walk_dirs = []
        try:
            entries = list(scandir(top))
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                dirs.append(entry.name)
            else:
                nondirs.append(entry.name)
            if not topdown and is_dir:
                if followlinks or not entry.is_symlink():
                    walk_dirs.append(entry.path)
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = path.join(top, dirname)
                if followlinks or not path.islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


# CPython's are C functions of `posix`: builtin functions here too (they do not bind as
# methods when a class keeps one).
import _metal_builtin

for _name in ("getcwd", "listdir", "urandom", "getpid", "stat", "lstat", "remove", "unlink",
              "rmdir", "fspath", "mkdir", "rename", "replace", "open", "close", "read", "write",
              "lseek", "chmod", "utime", "symlink", "readlink", "access", "get_terminal_size",
              "scandir"):
    globals()[_name] = _metal_builtin.function(globals()[_name], sys.modules[__name__],
                                               "posix")
del _name, _metal_builtin

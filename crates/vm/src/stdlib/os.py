# os: the process environment, the working directory and path helpers (os.path is
# posixpath). Native pieces come from _metal_os; the rest is Python.
import sys

import _metal_os
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
    return sorted(_metal_os.listdir(fspath(p)))


def urandom(n):
    return _metal_os.urandom(n)


def getpid():
    return _metal_os.getpid()


fspath = path.fspath


class PathLike:
    pass


class stat_result(tuple):
    """The subset of os.stat() callers use: st_mode, st_size, st_mtime."""

    def __new__(cls, mode, size, mtime):
        return tuple.__new__(cls, (mode, 0, 0, 0, 0, 0, size, int(mtime), int(mtime), int(mtime)))

    def __init__(self, mode, size, mtime):
        self.st_mode = mode
        self.st_size = size
        self.st_mtime = mtime
        self.st_atime = mtime
        self.st_ctime = mtime


def stat(p):
    size, mtime, mode = _metal_os.stat(fspath(p))
    return stat_result(mode, size, mtime)


def remove(p):
    _metal_os.remove(fspath(p))


unlink = remove


def rmdir(p):
    _metal_os.rmdir(fspath(p))


def mkdir(p, mode=0o777):
    _metal_os.mkdir(fspath(p))


def makedirs(name, mode=0o777, exist_ok=False):
    name = fspath(name)
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


def rename(src, dst):
    _metal_os.rename(fspath(src), fspath(dst))


def replace(src, dst):
    _metal_os.rename(fspath(src), fspath(dst))


# CPython's are C functions of `posix`: builtin functions here too (they do not bind as
# methods when a class keeps one).
import _metal_builtin

for _name in ("getcwd", "listdir", "urandom", "getpid", "stat", "remove", "rmdir", "mkdir",
              "rename", "replace"):
    globals()[_name] = _metal_builtin.function(globals()[_name], sys.modules[__name__],
                                               "posix")
del _name, _metal_builtin

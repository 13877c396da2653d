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

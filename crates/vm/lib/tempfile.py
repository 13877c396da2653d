"""Temporary files and directories.

mkstemp() and mkdtemp() make a file or directory with a name nobody else can have
picked, for the caller to remove; TemporaryFile, NamedTemporaryFile,
SpooledTemporaryFile and TemporaryDirectory remove theirs when closed.
"""

# Names are `prefix + 8 random characters + suffix` in a directory found as CPython
# finds it (TMPDIR, TEMP, TMP, then the usual places); files are created with
# O_CREAT|O_EXCL and mode 0o600, directories with mode 0o700, retrying on a clash.

import io as _io
import os as _os
import weakref as _weakref
from random import Random as _Random

__all__ = [
    "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile",
    "TemporaryDirectory", "mkstemp", "mkdtemp", "mktemp",
    "TMP_MAX", "gettempprefix", "tempdir", "gettempdir",
    "gettempprefixb", "gettempdirb",
]

TMP_MAX = 238328
template = "tmp"
tempdir = None

_bin_openflags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL | _os.O_NOFOLLOW | _os.O_CLOEXEC
_text_openflags = _bin_openflags


class _RandomNameSequence:
    """An endless iterator of 8-character names from [a-z0-9_]."""

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    @property
    def rng(self):
        pid = _os.getpid()
        if pid != getattr(self, "_rng_pid", None):
            self._rng = _Random()
            self._rng_pid = pid
        return self._rng

    def __iter__(self):
        return self

    def __next__(self):
        return "".join(self.rng.choices(self.characters, k=8))


_name_sequence = None


def _get_candidate_names():
    global _name_sequence
    if _name_sequence is None:
        _name_sequence = _RandomNameSequence()
    return _name_sequence


def _candidate_tempdir_list():
    dirs = []
    for name in ("TMPDIR", "TEMP", "TMP"):
        d = _os.getenv(name)
        if d:
            dirs.append(d)
    dirs.extend(["/tmp", "/var/tmp", "/usr/tmp"])
    try:
        dirs.append(_os.getcwd())
    except (AttributeError, OSError):
        dirs.append(_os.curdir)
    return dirs


def _get_default_tempdir():
    """The first candidate directory where a file can be made, written and removed."""
    names = _get_candidate_names()
    tried = []
    for d in _candidate_tempdir_list():
        if d != _os.curdir:
            d = _os.path.abspath(d)
        for _ in range(100):
            name = _os.path.join(d, next(names))
            try:
                fd = _os.open(name, _bin_openflags, 0o600)
                try:
                    _os.write(fd, b"blat")
                finally:
                    _os.close(fd)
                _os.unlink(name)
                return d
            except FileExistsError:
                continue
            except PermissionError:
                if _os.path.isdir(d):
                    continue
                break
            except OSError:
                break
        tried.append(d)
    raise FileNotFoundError(2,
                            "No usable temporary directory found in %s" % tried)


def gettempdir():
    """The default directory for temporary files (found once, kept in tempdir)."""
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return _os.fsdecode(tempdir) if isinstance(tempdir, bytes) else tempdir


def gettempdirb():
    return _os.fsencode(gettempdir())


def gettempprefix():
    """The default prefix of temporary names."""
    return template


def gettempprefixb():
    return _os.fsencode(template)


def _sanitize_params(prefix, suffix, dir):
    kinds = {type(x) for x in (prefix, suffix, dir) if x is not None}
    if len(kinds) > 1:
        raise TypeError("Can't mix bytes and non-bytes in path components.")
    output_bytes = kinds == {bytes}
    if output_bytes:
        raise NotImplementedError("tempfile: bytes names are not supported yet")
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return prefix, suffix, _os.fspath(dir), output_bytes


def _mkstemp_inner(dir, pre, suf, flags):
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, pre + next(names) + suf)
        try:
            fd = _os.open(file, flags, 0o600)
        except FileExistsError:
            continue
        except PermissionError:
            # A directory by that name shows as EACCES on some systems: try another.
            if _os.path.isdir(dir):
                continue
            raise
        return fd, _os.path.abspath(file)
    raise FileExistsError(17, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Make a file only the caller can read and write; return (fd, absolute path).
    The caller closes the descriptor and removes the file."""
    prefix, suffix, dir, _ = _sanitize_params(prefix, suffix, dir)
    return _mkstemp_inner(dir, prefix, suffix, _text_openflags if text else _bin_openflags)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Make a directory only the caller can use; return its absolute path."""
    prefix, suffix, dir, _ = _sanitize_params(prefix, suffix, dir)
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + next(names) + suffix)
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        except PermissionError:
            if _os.path.isdir(dir):
                continue
            raise
        return _os.path.abspath(file)
    raise FileExistsError(17, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name no file has now (unsafe: another process may take it first)."""
    if dir is None:
        dir = gettempdir()
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + next(names) + suffix)
        if not _os.path.lexists(file):
            return file
    raise FileExistsError(17, "No usable temporary filename found")


class _TemporaryFileCloser:
    """Closes the file and removes it (when asked to) once: a file already removed
    by someone else is FileNotFoundError, as in CPython."""

    close_called = False

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete

    def close(self):
        if not self.close_called:
            self.close_called = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    _os.unlink(self.name)

    def __del__(self):
        self.close()


class _TemporaryFileWrapper:
    """A file object with a name on disk, removed when it is closed (delete=True)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closer = _TemporaryFileCloser(file, name, delete)

    def __getattr__(self, name):
        file = self.__dict__["file"]
        return getattr(file, name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self._closer.close()
        return result

    def close(self):
        """Close the file (and remove it, if delete was true)."""
        self._closer.close()

    def __iter__(self):
        for line in self.file:
            yield line


def _open_flags(mode):
    return _bin_openflags


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                       suffix=None, prefix=None, dir=None, delete=True, *, errors=None):
    """A temporary file with a name (`.name`), removed on close when delete is true."""
    prefix, suffix, dir, _ = _sanitize_params(prefix, suffix, dir)
    if "b" not in mode:
        encoding = _io.text_encoding(encoding)
    fd, name = _mkstemp_inner(dir, prefix, suffix, _open_flags(mode))
    try:
        file = _io.open(fd, mode, buffering=buffering, newline=newline,
                        encoding=encoding, errors=errors)
        return _TemporaryFileWrapper(file, name, delete)
    except BaseException:
        _os.unlink(name)
        _os.close(fd)
        raise


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                  suffix=None, prefix=None, dir=None, *, errors=None):
    """A temporary file with no name on disk (removed as soon as it is made)."""
    prefix, suffix, dir, _ = _sanitize_params(prefix, suffix, dir)
    if "b" not in mode:
        encoding = _io.text_encoding(encoding)
    fd, name = _mkstemp_inner(dir, prefix, suffix, _open_flags(mode))
    try:
        _os.unlink(name)
        return _io.open(fd, mode, buffering=buffering, newline=newline,
                        encoding=encoding, errors=errors)
    except BaseException:
        _os.close(fd)
        raise


class SpooledTemporaryFile(_io.IOBase if hasattr(_io, "IOBase") else object):
    """A file kept in memory until it grows past max_size (or fileno() is asked
    for); then its data moves to a TemporaryFile."""

    _rolled = False

    def __init__(self, max_size=0, mode="w+b", buffering=-1, encoding=None,
                 newline=None, suffix=None, prefix=None, dir=None, *, errors=None):
        if "b" in mode:
            self._file = _io.BytesIO()
        else:
            encoding = _io.text_encoding(encoding)
            self._file = _io.StringIO(newline="\n")
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {"mode": mode, "buffering": buffering,
                                   "suffix": suffix, "prefix": prefix,
                                   "encoding": encoding, "newline": newline,
                                   "dir": dir, "errors": errors}

    __class_getitem__ = classmethod(type([].__class_getitem__(int)))

    def _check(self, file):
        if self._rolled:
            return
        max_size = self._max_size
        if max_size and file.tell() > max_size:
            self.rollover()

    def rollover(self):
        """Move the data to a file on disk."""
        if self._rolled:
            return
        file = self._file
        newfile = self._file = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        pos = file.tell()
        newfile.write(file.getvalue())
        newfile.seek(pos, 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def __next__(self):
        return next(self._file)

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        if "b" in self.mode:
            raise AttributeError("'_io.BytesIO' object has no attribute 'encoding'")
        return self._TemporaryFileArgs["encoding"] if not self._rolled else self._file.encoding

    @property
    def mode(self):
        if self._rolled:
            return self._file.mode
        return self._TemporaryFileArgs["mode"]

    @property
    def name(self):
        return self._file.name if self._rolled else None

    @property
    def newlines(self):
        return None

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush() if hasattr(self._file, "flush") else None

    def isatty(self):
        return self._file.isatty()

    def read(self, *args):
        return self._file.read(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        file = self._file
        for line in iterable:
            file.write(line)
        self._check(file)

    def readable(self):
        return self._file.readable()

    def writable(self):
        return self._file.writable()

    def seekable(self):
        return True


def _rmtree(path, ignore_errors):
    # shutil.rmtree's job, without importing shutil (it imports this module's peers).
    try:
        names = _os.listdir(path)
    except OSError:
        if ignore_errors:
            return
        raise
    for name in names:
        full = _os.path.join(path, name)
        try:
            if _os.path.isdir(full) and not _os.path.islink(full):
                _rmtree(full, ignore_errors)
            else:
                _os.unlink(full)
        except OSError:
            if not ignore_errors:
                raise
    try:
        _os.rmdir(path)
    except OSError:
        if not ignore_errors:
            raise


class TemporaryDirectory:
    """A directory made by mkdtemp, removed with everything in it by cleanup() or
    at the end of a `with` block (whose target is the name)."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._finalizer = _weakref.finalize(
            self, self._cleanup, self.name,
            warn_message="Implicitly cleaning up {!r}".format(self),
            ignore_errors=self._ignore_cleanup_errors)

    @classmethod
    def _cleanup(cls, name, warn_message, ignore_errors=False):
        _rmtree(name, ignore_errors)
        import warnings
        warnings.warn(warn_message, ResourceWarning)

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._finalizer.detach() or _os.path.exists(self.name):
            _rmtree(self.name, self._ignore_cleanup_errors)

    __class_getitem__ = classmethod(type([].__class_getitem__(int)))

"""Filename globbing: the paths that match a shell pattern, per path component.

Each component with wildcards is matched (by fnmatch) against a directory
listing; components without are only checked for existence. Names starting
with '.' match only patterns that start with '.' (unless include_hidden).
With recursive=True a component '**' matches any run of directories.
Results come in the order the directories list their entries.
"""

import os
import re
import fnmatch
import itertools

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    """A list of the paths matching `pathname` (see iglob)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    """An iterator over the paths matching `pathname`, relative to root_dir
    when given (the paths yielded are then relative to it too)."""
    if dir_fd is not None:
        raise NotImplementedError("glob with dir_fd is not supported yet")
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    found = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and _isrecursive(pathname[:2]):
        # '**' first yields '' for the top directory itself: not a result.
        try:
            first = next(found)
        except StopIteration:
            pass
        else:
            if first:
                found = itertools.chain((first,), found)
    return found


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _lexists(_join(root_dir, pathname)):
                yield pathname
        elif _isdir(_join(root_dir, dirname)):
            # A pattern ending with a slash names a directory.
            yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if not has_magic(basename):
        in_dir = _glob0
    elif recursive and _isrecursive(basename):
        in_dir = _glob2
    else:
        in_dir = _glob1
    for dirname in dirs:
        for name in in_dir(_join(root_dir, dirname), basename, dironly, include_hidden):
            yield os.path.join(dirname, name)


def _glob1(dirname, pattern, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    if not include_hidden and not _ishidden(pattern):
        names = [n for n in names if not _ishidden(n)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden):
    if basename:
        if _lexists(_join(dirname, basename)):
            return [basename]
    elif _isdir(dirname):
        return [basename]
    return []


def _glob2(dirname, pattern, dironly, include_hidden):
    # '**': this directory ('') and everything below it.
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _listdir(dirname, dironly):
    top = dirname or (os.curdir if isinstance(dirname, str) else os.curdir.encode())
    try:
        names = os.listdir(top)
    except OSError:
        return []
    if dironly:
        names = [n for n in names if _isdir(os.path.join(top, n))]
    return names


def _rlistdir(dirname, dironly, include_hidden):
    for name in _listdir(dirname, dironly):
        if include_hidden or not _ishidden(name):
            yield name
            path = _join(dirname, name) if dirname else name
            for below in _rlistdir(path, dironly, include_hidden):
                yield _join(name, below)


def _lexists(pathname):
    return os.path.lexists(pathname)


def _isdir(pathname):
    return os.path.isdir(pathname)


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


magic_check = re.compile('([*?[])')


def has_magic(s):
    if isinstance(s, bytes):
        # metal's re has no bytes patterns.
        return any(c in b'*?[' for c in s)
    return magic_check.search(s) is not None


def _ishidden(path):
    return path[:1] in ('.', b'.')


def _isrecursive(pattern):
    if isinstance(pattern, bytes):
        return pattern == b'**'
    return pattern == '**'


def escape(pathname):
    """`pathname` with its wildcards escaped ('*' -> '[*]'): matches only itself."""
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        pathname = bytes(pathname).replace(b'[', b'[[]')
        pathname = pathname.replace(b'*', b'[*]').replace(b'?', b'[?]')
    else:
        pathname = magic_check.sub(r'[\1]', pathname)
    return drive + pathname


# Kept for programs that call these (as CPython keeps them).
def glob0(dirname, pattern):
    return _glob0(dirname, pattern, False, False)


def glob1(dirname, pattern):
    return _glob1(dirname, pattern, False, False)

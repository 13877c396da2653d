"""Lines of source files, read once and cached (for tracebacks and warnings)."""

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> list of lines (each ending in "\n")
cache = {}


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (1-based) of `filename`, with its newline; '' when there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def getlines(filename, module_globals=None):
    """All the lines of `filename` ([] if it cannot be read)."""
    if filename in cache:
        return cache[filename]
    return updatecache(filename, module_globals)


def checkcache(filename=None):
    """Drop cache entries whose files changed. We do not track modification times, so
    this drops the named entry (or all of them)."""
    if filename is None:
        cache.clear()
    else:
        cache.pop(filename, None)


def updatecache(filename, module_globals=None):
    """Read `filename` afresh into the cache and return its lines."""
    cache.pop(filename, None)
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return []
    try:
        with open(filename, encoding="utf-8") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError, NotImplementedError, ValueError):
        return []
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    cache[filename] = lines
    return lines


def lazycache(filename, module_globals):
    """Nothing to do: we read files when asked."""
    return False

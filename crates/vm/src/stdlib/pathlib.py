# pathlib: PurePosixPath/PosixPath, enough for settings files (BASE_DIR = Path(__file__)
# .resolve().parent.parent, BASE_DIR / "templates").
import os
import posixpath


class PurePath:
    def __init__(self, *parts):
        joined = posixpath.join(*[os.fspath(p) for p in parts]) if parts else "."
        self._str = self._normalize(joined)

    @staticmethod
    def _normalize(p):
        if not p:
            return "."
        lead = "//" if p.startswith("//") and not p.startswith("///") else ("/" if p.startswith("/") else "")
        parts = [c for c in p.split("/") if c and c != "."]
        return (lead + "/".join(parts)) or "."

    def __fspath__(self):
        return self._str

    def __str__(self):
        return self._str

    def __repr__(self):
        name = type(self).__name__
        name = {"Path": "PosixPath", "PurePath": "PurePosixPath"}.get(name, name)
        return "%s(%r)" % (name, self._str)

    def __eq__(self, other):
        return isinstance(other, PurePath) and self._str == other._str

    def __hash__(self):
        return hash(self._str)

    def __lt__(self, other):
        return self._str < other._str

    def __truediv__(self, key):
        try:
            return type(self)(self._str, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        return type(self)(key, self._str)

    @property
    def parts(self):
        if self._str == ".":
            return ()
        if self._str.startswith("/"):
            return ("/",) + tuple(c for c in self._str.split("/") if c)
        return tuple(self._str.split("/"))

    @property
    def name(self):
        return "" if self._str in (".", "/") else posixpath.basename(self._str)

    @property
    def suffix(self):
        return posixpath.splitext(self.name)[1]

    @property
    def stem(self):
        return posixpath.splitext(self.name)[0]

    @property
    def parent(self):
        head, tail = posixpath.split(self._str)
        if not tail:
            return self
        return type(self)(head or ".")

    @property
    def parents(self):
        out = []
        p = self
        while p.parent != p:
            p = p.parent
            out.append(p)
        return tuple(out)

    def is_absolute(self):
        return self._str.startswith("/")

    def joinpath(self, *others):
        return type(self)(self._str, *others)

    def with_name(self, name):
        return self.parent / name

    def with_suffix(self, suffix):
        return self.parent / (self.stem + suffix)

    def as_posix(self):
        return self._str


class PurePosixPath(PurePath):
    pass


class Path(PurePath):
    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(posixpath.expanduser("~"))

    def resolve(self, strict=False):
        return type(self)(posixpath.abspath(self._str))

    def absolute(self):
        return type(self)(posixpath.abspath(self._str))

    def exists(self):
        return posixpath.exists(self._str)

    def is_file(self):
        return posixpath.isfile(self._str)

    def is_dir(self):
        return posixpath.isdir(self._str)

    def iterdir(self):
        for name in os.listdir(self._str):
            yield self / name

    def read_text(self, encoding=None, errors=None):
        raise NotImplementedError("file objects (Path.read_text) are not supported yet")


PosixPath = Path

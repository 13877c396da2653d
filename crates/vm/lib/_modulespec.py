"""importlib's ModuleSpec: what a module's __spec__ describes (its name, where it came
from, its parent package). The import system makes one for every module it loads from a
file; the script run as __main__ has none, as in CPython, but has a loader (a
SourceFileLoader, or BuiltinImporter for -c code and standard input)."""


class ModuleSpec:
    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self.cached = None

    def __repr__(self):
        args = ["name={!r}".format(self.name), "loader={!r}".format(self.loader)]
        if self.origin is not None:
            args.append("origin={!r}".format(self.origin))
        if self.submodule_search_locations is not None:
            args.append("submodule_search_locations={}".format(self.submodule_search_locations))
        return "{}({})".format(self.__class__.__name__, ", ".join(args))

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name == other.name and self.loader == other.loader
                and self.origin == other.origin
                and self.submodule_search_locations == other.submodule_search_locations)

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition(".")[0]
        return self.name

    @property
    def has_location(self):
        return self.origin is not None


ModuleSpec.__module__ = "_frozen_importlib"


class SourceFileLoader:
    """The loader of a module read from a .py file (importlib's SourceFileLoader:
    its name and path, and the file's data and source on request)."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, "rb") as f:
            return f.read()

    def get_source(self, name):
        data = self.get_data(self.get_filename(name))
        return data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")

    def is_package(self, name):
        filename = self.get_filename(name).rpartition("/")[2]
        return filename.rpartition(".")[0] == "__init__"

    def create_module(self, spec):
        return None

    def get_code(self, name):
        return compile(self.get_source(name), self.path, "exec", dont_inherit=True)

    def exec_module(self, module):
        """Run the module's source in its namespace (`importlib.util`'s
        `module_from_spec` then this; `importlib.reload`)."""
        if self.path.startswith("<metal>/"):
            import _metal_builtin
            embedded = _metal_builtin.embedded(self.name)
            if embedded is None:
                raise ImportError("cannot find the source of %r" % self.name,
                                  name=self.name)
            code = compile(embedded[0], self.path, "exec", dont_inherit=True)
        else:
            code = self.get_code(module.__name__)
        exec(code, module.__dict__)


SourceFileLoader.__module__ = "_frozen_importlib_external"


class BuiltinImporter:
    """The importer of built-in modules; the class itself is the `__loader__` of
    `__main__` for `-c` code and a program read from standard input."""


BuiltinImporter.__module__ = "_frozen_importlib"


def cache_from_source(path):
    """Where CPython 3.11 keeps the compiled form of `path`
    (dir/__pycache__/name.cpython-311.pyc)."""
    head, _, tail = path.rpartition("/")
    stem = tail.rpartition(".")[0] if "." in tail else tail
    return "%s%s__pycache__/%s.cpython-311.pyc" % (head, "/" if head else "", stem)


def spec_for(name, origin, package_dir):
    """The spec of a module loaded from `origin` (a package's __init__.py when
    `package_dir` is its directory), with its loader and cache path."""
    loader = SourceFileLoader(name, origin)
    spec = ModuleSpec(name, loader, origin=origin, is_package=package_dir is not None)
    spec.cached = cache_from_source(origin)
    if package_dir is not None:
        spec.submodule_search_locations.append(package_dir)
    return spec

# os.path (posixpath) and pathlib on paths only: no file system state is printed.
import os
import os.path
import pathlib
import posixpath

print(os.path is posixpath, os.sep, os.pathsep, os.curdir, os.name)
for parts in [("a", "b"), ("a/", "b"), ("a", "/b", "c"), ("", "x"), ("/",), ("a", "")]:
    print(parts, os.path.join(*parts))
for p in ["/a/b/", "/a/b", "a", "/", "", "//x", "a/b/../c", "./a/./b/", "///a//b"]:
    print(repr(p), os.path.split(p), os.path.dirname(p), os.path.basename(p),
          os.path.normpath(p), os.path.isabs(p))
for p in ["x.py", "x.tar.gz", ".bashrc", "a/.b", "a.b/c", "a/b.", "..."]:
    print(p, os.path.splitext(p))
print(os.path.abspath("/a/../b/./c"), os.path.abspath("x") == os.path.join(os.getcwd(), "x"))
print(os.fspath("p"), os.fspath(pathlib.Path("q/r")))

P = pathlib.Path
p = P("/srv/site/app/settings.py")
print(p, repr(p), p.name, p.stem, p.suffix, p.parent, p.parent.parent, p.parts)
print(p.parent.parent / "templates", "/etc" / P("x"), P("a", "b", "c"), P("a//b/./c/"))
print(P("/").parent, P(".").parent, P("rel").parent, tuple(P("a/b").parents))
print(p.with_suffix(".txt"), p.with_name("urls.py"), p.is_absolute(), P("x").is_absolute())
print(P("/a") == P("/a/"), sorted([P("b"), P("a")]), str(P()), P("x").joinpath("y", "z"))
print(repr(pathlib.PurePosixPath("/a")), P("/x/y").as_posix())
print(P(__file__).resolve().is_absolute(), P(__file__).resolve().name)

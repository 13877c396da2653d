# os.unlink, os.remove and os.fspath are builtin functions of posix, as CPython's C
# functions: their reprs, names, signatures and argument errors.
import os
import tempfile

for f in (os.unlink, os.remove, os.rmdir, os.fspath, os.rename, os.replace):
    print(repr(f), type(f).__name__, f.__name__, f.__qualname__, f.__module__,
          f.__text_signature__, f.__self__.__name__)
print(os.unlink is os.remove, os.unlink == os.remove)
print(os.fspath.__doc__.splitlines()[0])


class P:
    def __init__(self, v):
        self.v = v

    def __fspath__(self):
        return self.v


def attempt(label, f, *a, **k):
    try:
        print(label, repr(f(*a, **k)))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("fspath()", os.fspath)
attempt("fspath(1)", os.fspath, 1)
attempt("fspath(None)", os.fspath, None)
attempt("fspath('a', 'b')", os.fspath, "a", "b")
attempt("fspath(path='k')", os.fspath, path="k")
attempt("fspath(b'b')", os.fspath, b"b")
attempt("fspath(P('p'))", os.fspath, P("p"))
attempt("fspath(P(b'p'))", os.fspath, P(b"p"))
attempt("fspath(P(1))", os.fspath, P(1))
attempt("fspath(x=1)", os.fspath, x=1)
attempt("unlink()", os.unlink)
attempt("unlink(1.5)", os.unlink, 1.5)
attempt("unlink(None)", os.unlink, None)
attempt("unlink('a', 'b')", os.unlink, "a", "b")
attempt("unlink(x=1)", os.unlink, x=1)
attempt("remove()", os.remove)
attempt("remove(2.5)", os.remove, 2.5)
attempt("rmdir([])", os.rmdir, [])
attempt("rename('a')", os.rename, "a")

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "f")
    for f in (os.unlink, os.remove):
        open(p, "w").close()
        attempt(f.__name__ + "(path=P(p))", f, path=P(p))
        print(os.path.exists(p))
        try:
            f(p)
        except FileNotFoundError as e:
            print(type(e).__name__, e.errno, e.strerror, e.filename == p)


class Holder:
    unlink = os.unlink
    fspath = os.fspath


print(Holder().fspath("x"))

# contextvars: ContextVar, Token, Context, copy_context, with CPython's errors.
import contextvars as cv


def t(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, "!", type(e).__name__, str(e).split(" at 0x")[0])


t("no name", lambda: cv.ContextVar())
t("bad name", lambda: cv.ContextVar(1))
t("two positional", lambda: cv.ContextVar("a", 1))
t("three args", lambda: cv.ContextVar("a", default=1, x=2))
v = cv.ContextVar("v")
d = cv.ContextVar("d", default=7)
t("get unset", lambda: v.get())
t("get with default", lambda: v.get(3))
t("get keyword", lambda: v.get(default=3))
t("var default", lambda: (d.get(), d.get(8)))
t("name", lambda: v.name)
t("set name", lambda: setattr(v, "name", "x"))
t("hashable", lambda: hash(v) == hash(v))
for cls in (cv.ContextVar, cv.Context, cv.Token):
    t("subclass " + cls.__name__, lambda: type("X", (cls,), {}))
t("Token()", lambda: cv.Token())
t("Context(1)", lambda: cv.Context(1))
t("hash(Context)", lambda: hash(cv.Context()))
t("Context[int]", lambda: cv.Context[int])
print(cv.ContextVar[int], cv.Token[int], cv.Token.MISSING)
print([c.__module__ for c in (cv.Context, cv.ContextVar, cv.Token)], cv.__all__)
print(repr(v).split(" at 0x")[0], repr(d).split(" at 0x")[0])

c = cv.Context()
t("len", lambda: len(c))
t("getitem unset", lambda: c[v])
t("getitem non-var", lambda: c[1])
t("get non-var", lambda: c.get(1))
t("contains", lambda: v in c)
t("contains non-var", lambda: 1 in c)

tok = v.set(1)
t("token fields", lambda: (tok.var is v, tok.old_value is cv.Token.MISSING))
print(repr(tok).split(" at 0x")[0])
t("reset", lambda: v.reset(tok))
print(repr(tok).split(" at 0x")[0])
t("reset twice", lambda: v.reset(tok))
t("get after reset", lambda: v.get())
t("reset other var", lambda: d.reset(v.set(2)))
t("reset non-token", lambda: v.reset(5))
t("nested run", lambda: c.run(lambda: c.run(int)))
t("run without callable", lambda: c.run())


def f(a, b=2):
    v.set(a)
    return v.get(), b, len(cv.copy_context())


t("run", lambda: c.run(f, 1, b=3))
t("mapping", lambda: (c[v], list(c) == [v], list(c.keys()) == [v], list(c.values()),
                      len(c.items()), c.get(v), c.get(d, "dflt")))
t("outside", lambda: v.get())
c2 = c.copy()
t("copy equal", lambda: (c2 == c, c2 != c, c == 1))
c2.run(v.set, 10)
t("after set in copy", lambda: (c[v], c2[v], c2 == c))
tk = c.run(v.set, 20)
t("reset in other context", lambda: v.reset(tk))
t("reset in its context", lambda: c.run(v.reset, tk))
t("restored", lambda: c[v])
print(cv.copy_context().__class__.__name__)

# A context's mapping is a snapshot: a copy made before a set does not see it.
w = cv.ContextVar("w", default="base")
snap = cv.copy_context()
w.set("changed")
print(snap.run(w.get), w.get(), snap.get(w), cv.copy_context()[w])


# Exceptions propagate out of run, and the context is left.
def boom():
    w.set("inside")
    raise ValueError("boom")


ctx = cv.copy_context()
try:
    ctx.run(boom)
except ValueError as e:
    print("raised", e, ctx[w], w.get())
print(ctx.run(lambda: ctx.run) is not None)

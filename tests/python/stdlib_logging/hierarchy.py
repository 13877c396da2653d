# getLogger's tree: parents, placeholders, propagation, levels, disabling.
import logging
import io
import sys

out = io.StringIO()
def show():
    text = out.getvalue()
    out.seek(0)
    out.truncate()
    print(text, end="")

c = logging.getLogger("a.b.c")
print(c, c.parent)
print(sorted(logging.root.manager.loggerDict))
print(type(logging.root.manager.loggerDict["a.b"]).__name__)
a = logging.getLogger("a")
print(c.parent is a, a.parent is logging.root)
b = logging.getLogger("a.b")
print(c.parent is b, b.parent is a)
d = logging.getLogger("a.b.c.d")
print(d.parent is c)
x = logging.getLogger("a.bx")
print(x.parent is a)
print(logging.getLogger("a.b") is b, a.getChild("b") is b, logging.root.getChild("a") is a,
      b.getChild("c.d") is d)
print([type(v).__name__ for k, v in sorted(logging.root.manager.loggerDict.items())])

h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter("%(name)s:%(levelname)s:%(message)s"))
a.addHandler(h)
a.setLevel(logging.INFO)
print(a.level, b.level, b.getEffectiveLevel(), d.getEffectiveLevel(), b, d)
d.debug("not shown")
d.info("from d")
b.warning("from b")
show()

b.propagate = False
d.info("stopped at b")
print(d.hasHandlers(), a.hasHandlers(), logging.getLogger("zzz").hasHandlers())
show()
b.propagate = True

hb = logging.StreamHandler(out)
hb.setFormatter(logging.Formatter("B %(message)s"))
hb.setLevel(logging.ERROR)
b.addHandler(hb)
b.addHandler(hb)
print(len(b.handlers))
d.info("only a's handler")
d.error("both")
show()
b.removeHandler(hb)
b.removeHandler(hb)

c.setLevel(logging.CRITICAL)
d.error("c is CRITICAL now")
d.critical("critical passes")
print(d.isEnabledFor(logging.ERROR), d.getEffectiveLevel())
c.setLevel(logging.NOTSET)
show()

logging.disable(logging.WARNING)
d.warning("disabled")
d.error("error still passes")
print(logging.root.manager.disable, d.isEnabledFor(30), d.isEnabledFor(40))
logging.disable(logging.NOTSET)
d.warning("enabled again")
show()
try:
    logging.disable("nope")
except ValueError as e:
    print("ValueError", e)

d.disabled = True
d.critical("d disabled")
d.disabled = False
show()

# a logger made after a deeper one slots in between
p = logging.getLogger("p.q.r")
s = logging.getLogger("p.q.s")
q = logging.getLogger("p.q")
print(p.parent is q, s.parent is q, q.parent is logging.root)
pp = logging.getLogger("p")
print(q.parent is pp, p.parent is q)

class MyLogger(logging.Logger):
    pass
logging.setLoggerClass(MyLogger)
print(type(logging.getLogger("mine")).__name__, logging.getLoggerClass().__name__)
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print("TypeError", e)
print(type(logging.getLogger("notmine")).__name__)
print(logging.getLogger("") is logging.root, logging.getLogger(None) is logging.root)

# no handlers anywhere: lastResort writes to sys.stderr
err = io.StringIO()
sys.stderr, saved = err, sys.stderr
logging.getLogger("lonely").warning("to the last resort %d", 1)
logging.getLogger("lonely").info("below lastResort's level")
sys.stderr = saved
print(repr(err.getvalue()))
print(logging.lastResort.level)

# More logging: warn deprecation, lastResort None, stacklevel past the top, chained
# exceptions, a raising filter, module names of callers, record attributes.
import logging
import io
import sys
import warnings

out = io.StringIO()
def show():
    text = out.getvalue()
    out.seek(0)
    out.truncate()
    print(text, end="")

log = logging.getLogger("more")
log.propagate = False
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter("%(levelname)s|%(funcName)s|%(lineno)d|%(message)s"))
log.addHandler(h)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    log.warn("old spelling")
    logging.LoggerAdapter(log, {}).warn("adapter old spelling")
print([(w.category.__name__, str(w.message)) for w in caught])
show()

def a():
    b()
def b():
    log.warning("level 1", stacklevel=1)
    log.warning("level 2", stacklevel=2)
    log.warning("level 3", stacklevel=3)
    log.warning("level 99", stacklevel=99)
a()
show()

def chained():
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("wrapped") from e
try:
    chained()
except ValueError:
    log.exception("chained")
try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError:
    log.error("implicit", exc_info=True)
show()

class Boom(logging.Filter):
    def filter(self, record):
        raise RuntimeError("filter failed")
log.addFilter(Boom())
try:
    log.warning("never")
except RuntimeError as e:
    print("RuntimeError", e)
log.filters.clear()

saved = logging.lastResort
logging.lastResort = None
err = io.StringIO()
sys.stderr, real = err, sys.stderr
quiet = logging.getLogger("quiet.one")
quiet.warning("nowhere")
quiet.warning("nowhere again")
logging.getLogger("quiet.two").warning("nowhere either")
sys.stderr = real
logging.lastResort = saved
print(repr(err.getvalue()))

rec = logging.LogRecord("r", logging.ERROR, "/a/b/c.py", 3, "m %s", ("x",), None, func="fn", sinfo="stack")
for attr in ["name", "msg", "args", "levelname", "levelno", "pathname", "filename", "module",
             "exc_info", "exc_text", "stack_info", "lineno", "funcName", "threadName", "processName"]:
    print(attr, repr(getattr(rec, attr)))
print(sorted(k for k in vars(rec)))
print(logging.Formatter("%(message)s").format(rec))
print(type(rec.created).__name__, type(rec.msecs).__name__, type(rec.relativeCreated).__name__,
      type(rec.process).__name__, type(rec.thread).__name__)

def factory(*args, **kwargs):
    record = logging.LogRecord(*args, **kwargs)
    record.custom = "added"
    return record
logging.setLogRecordFactory(factory)
h.setFormatter(logging.Formatter("%(custom)s %(message)s"))
log.warning("with factory")
logging.setLogRecordFactory(logging.LogRecord)
print(logging.getLogRecordFactory() is logging.LogRecord)
show()

h.setFormatter(logging.Formatter("%(name)s %(message)s"))
child = log.getChild("kid")
child.warning("propagates to more")
print(child.parent is log, child.name, logging.getLogger("more.kid") is child)
show()
print(logging.root.manager is log.manager, isinstance(log.manager, logging.Manager))
print(logging.getLevelName(logging.getLogger("more.kid").getEffectiveLevel()))
print(logging.Logger("loose"), logging.Logger("loose").parent)

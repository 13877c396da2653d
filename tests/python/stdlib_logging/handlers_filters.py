# Handlers (Stream, File, Null, custom), filters, LoggerAdapter, errors while emitting.
import logging
import io
import os
import sys
import warnings

out = io.StringIO()
def show():
    text = out.getvalue()
    out.seek(0)
    out.truncate()
    print(text, end="")

log = logging.getLogger("hf")
log.propagate = False
log.setLevel(logging.DEBUG)
sh = logging.StreamHandler(out)
log.addHandler(sh)
print(sh, sh.level, sh.formatter, sh.name, sh.terminator == "\n")
print(logging.StreamHandler(sys.stdout))
print(logging.NullHandler(), logging.Handler(logging.ERROR), logging.lastResort)
sh.setLevel("INFO")
sh.name = "mine"
print(sh, sh.get_name())
log.debug("dropped by the handler")
log.info("kept")
sh.terminator = "|\n"
log.info("terminator")
sh.terminator = "\n"
show()
other = io.StringIO()
print(sh.setStream(other) is out, sh.setStream(other))
log.info("to other")
print(repr(other.getvalue()))
sh.setStream(out)

class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 0
f = OnlyEven()
log.addFilter(f)
log.addFilter(f)
print(len(log.filters))
for i in range(4):
    log.info("n=%d", i)
log.removeFilter(f)
log.removeFilter(f)
sh.addFilter(lambda record: "secret" not in record.msg)
log.info("a secret")
log.info("public")
sh.filters.clear()
show()

name_filter = logging.Filter("app.db")
for name in ["app.db", "app.db.query", "app.dbx", "app", "other", "app.db."]:
    rec = logging.LogRecord(name, 20, "p", 1, "m", None, None)
    print(name, name_filter.filter(rec), logging.Filter().filter(rec))
h2 = logging.Handler()
h2.addFilter(name_filter)
print(h2.filter(logging.LogRecord("app.db.x", 20, "p", 1, "m", None, None)))
try:
    h2.handle(logging.LogRecord("app.db", 20, "p", 1, "m", None, None))
except NotImplementedError as e:
    print("NotImplementedError", e)

class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []
    def emit(self, record):
        self.records.append(self.format(record))
lh = ListHandler()
lh.setFormatter(logging.Formatter("%(levelname)s:%(message)s:%(ctx)s"))
alog = logging.getLogger("adapted")
alog.addHandler(lh)
alog.propagate = False
ad = logging.LoggerAdapter(alog, {"ctx": "C1"})
print(ad, ad.name, ad.manager is logging.root.manager, ad.isEnabledFor(logging.INFO))
ad.warning("w %s", 1)
ad.info("dropped")
ad.setLevel(logging.DEBUG)
ad.debug("d")
ad.log(logging.ERROR, "e")
ad.critical("c")
try:
    1 / 0
except ZeroDivisionError:
    ad.exception("exc")
print(lh.records[:4], lh.records[4].splitlines()[0], lh.records[4].splitlines()[-1])
class Prefixer(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["ctx"], msg), kwargs
lh.setFormatter(logging.Formatter("%(message)s"))
Prefixer(alog, {"ctx": "P"}).info("custom process")
print(lh.records[-1], ad.getEffectiveLevel(), ad.hasHandlers())

# FileHandler
path = "logging_test_file.log"
fh = logging.FileHandler(path, mode="w")
print(repr(fh).startswith("<FileHandler /"), repr(fh).endswith("logging_test_file.log (NOTSET)>"),
      fh.baseFilename == os.path.abspath(path), fh.mode, fh.encoding)
flog = logging.getLogger("file")
flog.addHandler(fh)
flog.propagate = False
fh.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
flog.warning("line one")
flog.error("line two")
fh.close()
print(fh.stream)
with open(path) as fp:
    print(repr(fp.read()))
dh = logging.FileHandler(path, delay=True)
print(dh.stream)
flog.removeHandler(fh)
flog.addHandler(dh)
flog.warning("appended")
dh.close()
with open(path) as fp:
    print(repr(fp.read()))
os.remove(path)

nl = logging.getLogger("nulled")
nl.addHandler(logging.NullHandler())
nl.error("goes nowhere")

# an error while emitting is reported on stderr and logging goes on
err = io.StringIO()
saved = sys.stderr
sys.stderr = err
log.info("%d needs a number", "text")
sys.stderr = saved
stack = False
for line in err.getvalue().splitlines():
    if line == "Call stack:":
        stack = True
    elif line.startswith("Message:"):
        stack = False
    if stack or not line.startswith(" "):
        print(line)
logging.raiseExceptions = False
sys.stderr = err = io.StringIO()
log.info("%d needs a number", "text")
sys.stderr = saved
logging.raiseExceptions = True
print(repr(err.getvalue()))
log.info("still working")
show()

# warnings routed to the 'py.warnings' logger
wl = ListHandler()
wl.setFormatter(logging.Formatter("%(name)s|%(levelname)s|%(message)s"))
logging.getLogger("py.warnings").addHandler(wl)
logging.captureWarnings(True)
warnings.warn("careful", UserWarning)
logging.captureWarnings(False)
print(wl.records[0].split("\n")[0].split("|")[:2], "UserWarning: careful" in wl.records[0])
print(logging.getLogger("py.warnings").propagate)

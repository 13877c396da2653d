# Formatter: the three styles, validation, defaults, caller info, exceptions, stacks.
import logging
import io
import sys

out = io.StringIO()
h = logging.StreamHandler(out)
log = logging.getLogger("fmt")
log.addHandler(h)
log.setLevel(logging.DEBUG)
log.propagate = False

def show():
    text = out.getvalue()
    out.seek(0)
    out.truncate()
    print(text, end="")

def use(*args, **kwargs):
    try:
        h.setFormatter(logging.Formatter(*args, **kwargs))
        return True
    except ValueError as e:
        print("ValueError", e)
        return False

log.info("default formatter: %s", "message only")
use("%(levelname)s|%(name)s|%(levelno)d|%(message)s")
log.warning("percent")
use("{levelname}|{name}|{levelno:03d}|{message!r}", style="{")
log.warning("brace")
use("$levelname|${name}|$$|$message", style="$")
log.warning("dollar")
use("%(funcName)s:%(lineno)d:%(filename)s:%(module)s:%(pathname)s")
log.info("caller")
def inner():
    log.info("from a function")
inner()
class K:
    def method(self):
        log.info("from a method")
K().method()
def helper():
    log.info("stacklevel 2", stacklevel=2)
def outer():
    helper()
outer()
show()

use("%(custom)s/%(message)s", defaults={"custom": "dflt"})
log.info("defaults")
log.info("extra wins", extra={"custom": "given"})
use("{custom}/{message}", style="{", defaults={"custom": "d2"})
log.info("brace defaults")
show()

# an error while formatting is reported on stderr (logging's own frames left out here)
def report(text):
    stack = False
    for line in text.splitlines():
        if line == "Call stack:":
            stack = True
        elif line.startswith("Message:"):
            stack = False
        if stack or not line.startswith(" "):
            print(line)
saved = sys.stderr
sys.stderr = io.StringIO()
use("%(message)s %(missing)s")
log.error("missing field")
use("{missing} {message}", style="{")
log.error("missing field brace")
use("$missing $message", style="$")
log.error("missing field dollar")
text = sys.stderr.getvalue()
sys.stderr = saved
report(text)
show()

for args, kw in [(("no fields",), {}), (("%(message)",), {}), (("{}",), {"style": "{"}),
                 (("{message!x}",), {"style": "{"}), (("{message:zz}",), {"style": "{"}),
                 (("{a-b}",), {"style": "{"}), (("{message",), {"style": "{"}),
                 (("message}",), {"style": "{"}), (("plain",), {"style": "$"}),
                 (("$ $message",), {"style": "$"}), (("x",), {"style": "#"}),
                 (("no fields",), {"validate": False}), (("{message:>10}|{levelname:.3}",), {"style": "{"}),
                 (("%(message)-8s|%(levelno)+05d",), {}), (("%(message)s",), {"style": "%"})]:
    if use(*args, **kw):
        log.warning("ok")
show()

use("%(levelname)s %(message)s")
try:
    log.info("extra clash", extra={"message": 1})
except KeyError as e:
    print("KeyError", e)
try:
    log.info("extra clash", extra={"lineno": 1})
except KeyError as e:
    print("KeyError", e)
log.info("extra attr %(user)s", extra={"user": "ann"})
show()

def fail():
    return 1 / 0
try:
    fail()
except ZeroDivisionError:
    log.exception("caught %s", "it")
    log.error("with exc_info", exc_info=True)
    log.info("no exc_info")
try:
    raise KeyError("k")
except KeyError as e:
    saved = e
log.warning("exception instance", exc_info=saved)
log.warning("exception tuple", exc_info=(type(saved), saved, saved.__traceback__))
log.exception("outside an except")
show()

def deep():
    log.info("with a stack", stack_info=True)
deep()
show()

f = logging.Formatter("%(message)s")
rec = logging.LogRecord("n", logging.INFO, "/x/y/mod.py", 7, "hi %s %s", ("a", 1), None)
print(rec, rec.getMessage(), rec.filename, rec.module, rec.levelname, rec.funcName)
print(f.format(rec), rec.message, f.usesTime(), logging.Formatter("%(asctime)s").usesTime())
print(logging.Formatter("{asctime}", style="{").usesTime(), logging.Formatter("$asctime", style="$").usesTime())
rec2 = logging.makeLogRecord({"msg": "made %d", "args": (5,), "name": "m", "levelno": 40})
print(rec2.getMessage(), rec2.name, rec2.levelno, rec2.levelname)
rec3 = logging.LogRecord("n", 20, "p", 1, {"a": 1}, None, None)
print(rec3.getMessage())
rec4 = logging.LogRecord("n", 20, "p", 1, "%(a)s", ({"a": 2},), None)
print(rec4.getMessage(), rec4.args)
rec5 = logging.LogRecord("n", 20, "p", 1, "%s", ({},), None)
print(rec5.getMessage(), rec5.args)
bf = logging.BufferingFormatter(logging.Formatter("[%(message)s]"))
print(repr(bf.format([rec, rec2])), repr(bf.format([])))
ft = logging.Formatter("%(asctime)s", datefmt="%Y")
rec.created = 0.0
rec.msecs = 0.0
print(len(ft.format(rec)), ft.formatTime(rec, "%d") in ("01", "31"))
print(logging.Formatter.default_time_format, logging.Formatter.default_msec_format)
import time
logging.Formatter.converter = time.gmtime
print(ft.format(rec), logging.Formatter("%(asctime)s").format(rec))
gm = logging.Formatter("%(asctime)s|%(message)s", datefmt="%H:%M:%S %j")
rec.created = 86400 * 3 + 3661.25
print(gm.format(rec))
rec.msecs = 250.0
print(logging.Formatter("[%(asctime)s]").format(rec))

# dictConfig with logging.handlers: a MemoryHandler whose target is configured after
# it, a RotatingFileHandler, and their errors.
import logging
import logging.config
import logging.handlers
import io
import os

out = io.StringIO()
logging.config.dictConfig({
    "version": 1,
    "formatters": {"f": {"format": "%(levelname)s %(message)s"}},
    "handlers": {
        "a_memory": {"class": "logging.handlers.MemoryHandler", "capacity": 2,
                     "target": "z_stream", "flushLevel": 40},
        "rot": {"class": "logging.handlers.RotatingFileHandler", "filename": "dc_rot.log",
                "maxBytes": 30, "backupCount": 1, "formatter": "f", "mode": "w"},
        "z_stream": {"class": "logging.StreamHandler", "stream": out, "formatter": "f"},
    },
    "loggers": {"buffered": {"handlers": ["a_memory"], "level": "DEBUG", "propagate": False},
                "rolled": {"handlers": ["rot"], "level": "INFO", "propagate": False}},
})
mem = logging.getLogger("buffered").handlers[0]
print(type(mem).__name__, mem.capacity, mem.flushLevel, mem.target.name)
log = logging.getLogger("buffered")
log.info("one")
print(repr(out.getvalue()))
log.info("two")
print(repr(out.getvalue()))
rolled = logging.getLogger("rolled")
for i in range(5):
    rolled.info("rolled line %d", i)
rot = rolled.handlers[0]
rot.close()
for name in sorted(n for n in os.listdir(".") if n.startswith("dc_rot.log")):
    with open(name) as f:
        print(name, repr(f.read()))
    os.remove(name)

def attempt(cfg):
    try:
        logging.config.dictConfig(cfg)
        print("ok")
    except ValueError as e:
        print("ValueError", e, "|", e.__cause__)
attempt({"version": 1, "handlers": {"m": {"class": "logging.handlers.MemoryHandler",
                                          "capacity": 1, "target": "missing"}}})
attempt({"version": 1, "handlers": {"m": {"class": "logging.handlers.NoSuch"}}})
attempt({"version": 1, "handlers": {"m": {"class": "logging.handlers.RotatingFileHandler"}}})

# logging.handlers: RotatingFileHandler, BufferingHandler, MemoryHandler.
import logging
import logging.handlers
import os

base = "rotating_test.log"
def files():
    names = sorted(n for n in os.listdir(".") if n.startswith(base))
    return [(n, open(n).read()) for n in names]
def cleanup():
    for n, _ in files():
        os.remove(n)
cleanup()

h = logging.handlers.RotatingFileHandler(base, maxBytes=40, backupCount=2)
print(type(h).__mro__[1].__name__, h.mode, h.maxBytes, h.backupCount, h.encoding,
      repr(h).endswith("rotating_test.log (NOTSET)>"))
h.setFormatter(logging.Formatter("%(message)s"))
log = logging.getLogger("rot")
log.propagate = False
log.addHandler(h)
for i in range(8):
    log.warning("message number %d", i)
    print(i, files())
h.close()
cleanup()

h = logging.handlers.RotatingFileHandler(base, mode="w", maxBytes=25, backupCount=1, delay=True)
print(h.mode, h.stream)
h.namer = lambda name: name + ".old"
moves = []
def rotator(src, dst):
    moves.append((os.path.basename(src), os.path.basename(dst)))
    os.rename(src, dst)
h.rotator = rotator
log.removeHandler(log.handlers[0])
log.addHandler(h)
for i in range(4):
    log.warning("entry %d", i)
print(files(), moves)
h.close()
cleanup()

h = logging.handlers.RotatingFileHandler(base, mode="w")
log.removeHandler(log.handlers[0])
log.addHandler(h)
for i in range(3):
    log.warning("never rolls %d", i)
h.close()
print(files())
cleanup()

class Keep(logging.Handler):
    def __init__(self):
        super().__init__()
        self.seen = []
    def emit(self, record):
        self.seen.append(record.getMessage())

b = logging.handlers.BufferingHandler(3)
log.removeHandler(log.handlers[0])
log.addHandler(b)
for i in range(5):
    log.warning("b%d", i)
    print([r.getMessage() for r in b.buffer])
b.close()
print(b.buffer)

target = Keep()
m = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
log.removeHandler(b)
log.addHandler(m)
log.warning("m1")
log.warning("m2")
print(target.seen, len(m.buffer))
log.error("m3 error flushes")
print(target.seen, len(m.buffer))
log.warning("m4")
log.warning("m5")
log.warning("m6 capacity")
print(target.seen, len(m.buffer))
m.setTarget(None)
log.critical("held")
print(len(m.buffer))
m.setTarget(target)
log.warning("w")
print(target.seen[-3:], len(m.buffer))
log.warning("on close")
m.close()
print(target.seen[-1], m.target, len(m.buffer))
m2 = logging.handlers.MemoryHandler(10, target=target, flushOnClose=False)
m2.handle(logging.makeLogRecord({"msg": "dropped at close", "levelno": 20}))
m2.close()
print(target.seen[-1], m2.buffer)
print(logging.handlers.DEFAULT_TCP_LOGGING_PORT, logging.handlers.SYSLOG_UDP_PORT)

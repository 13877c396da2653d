# Module-level functions, basicConfig, levels and their names.
import logging
import sys

logging.info("before config: dropped, root is at WARNING")
print(logging.root, logging.getLogger() is logging.root, logging.getLogger("root") is logging.root)
logging.basicConfig(stream=sys.stdout)
print(logging.root.handlers)
logging.warning("a warning %s %d", "with", 2)
logging.error("an error")
logging.critical("critical %(x)s", {"x": "mapping"})
logging.info("still dropped")
logging.root.setLevel(logging.DEBUG)
logging.debug("now shown")
logging.info("%s%%", 50)
logging.log(25, "level 25")
logging.fatal("fatal is critical")
logging.basicConfig(stream=sys.stdout, format="ignored: %(message)s")
logging.warning("basicConfig again changed nothing")
logging.basicConfig(stream=sys.stdout, format="forced %(levelname)s %(message)s", force=True)
logging.warning("after force")
print(len(logging.root.handlers))

for level in (0, 10, 20, 30, 40, 50, 25, "INFO", "WARN", "FATAL", "nope", None):
    print(repr(level), repr(logging.getLevelName(level)))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
logging.log(25, "notice now")
print(sorted(logging.getLevelNamesMapping().items()))
print(logging.CRITICAL, logging.FATAL, logging.ERROR, logging.WARNING, logging.WARN,
      logging.INFO, logging.DEBUG, logging.NOTSET, logging.BASIC_FORMAT)

log = logging.getLogger("lv")
for value in ("DEBUG", 15, "bogus", 1.5, None, [1]):
    try:
        log.setLevel(value)
        print("level", log.level, log)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    log.log("INFO", "x")
except TypeError as e:
    print("TypeError", e)
try:
    logging.getLogger(5)
except TypeError as e:
    print("TypeError", e)

for bad in [dict(stream=sys.stdout, filename="x.log", force=True),
            dict(handlers=[logging.NullHandler()], stream=sys.stdout, force=True),
            dict(style="?", force=True),
            dict(stream=sys.stdout, bogus=1, other=2, force=True),
            dict(format="no fields", force=True)]:
    try:
        logging.basicConfig(**bad)
    except ValueError as e:
        print("ValueError", e)
print(logging.root.handlers[:1])
logging.root.handlers.clear()
logging.basicConfig(stream=sys.stdout, style="{", level="INFO", force=True)
logging.info("brace default format")
logging.basicConfig(stream=sys.stdout, style="$", level=logging.ERROR, force=True)
logging.error("dollar default format")
logging.warning("dropped: below ERROR")
print(logging.root.level, logging.root.getEffectiveLevel(), logging.root.isEnabledFor(50))

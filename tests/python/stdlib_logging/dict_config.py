# logging.config.dictConfig: formatters, filters, handlers, loggers, root, ext:// and
# cfg:// values, '()' factories, '.' properties, incremental, disabling, errors.
import logging
import logging.config
import io
import sys

stream = io.StringIO()
def show():
    text = stream.getvalue()
    stream.seek(0)
    stream.truncate()
    print(text, end="")

old = logging.getLogger("old.module")
old_child = logging.getLogger("app.db.old")

class Upper(logging.Filter):
    def __init__(self, word="x"):
        super().__init__()
        self.word = word
    def filter(self, record):
        record.msg = record.msg.upper() + "/" + self.word
        return True

def make_formatter(fmt, prefix):
    return logging.Formatter(prefix + fmt)

CONFIG = {
    "version": 1,
    "streams": {"list": [stream]},
    "formatters": {
        "plain": {"format": "%(levelname)s:%(name)s:%(message)s"},
        "brace": {"format": "{levelname} {name} {message}", "style": "{"},
        "custom": {"()": make_formatter, "fmt": "%(message)s", "prefix": ">> "},
        "byclass": {"class": "logging.Formatter", "format": "[%(message)s]"},
    },
    "filters": {
        "only_app": {"name": "app"},
        "upper": {"()": Upper, "word": "w"},
    },
    "handlers": {
        "main": {"class": "logging.StreamHandler", "formatter": "plain", "stream": stream,
                 "level": "DEBUG"},
        "brace": {"class": "logging.StreamHandler", "formatter": "brace", "stream": stream,
                  "filters": ["only_app"], "level": logging.WARNING},
        "shout": {"()": logging.StreamHandler, "stream": stream, "formatter": "custom",
                  "filters": ["upper"], ".": {"terminator": "!\n"}},
        "errors": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                   "formatter": "byclass", "level": "ERROR"},
        "ref": {"class": "logging.StreamHandler", "stream": "cfg://streams.list[0]",
                "formatter": "plain"},
    },
    "loggers": {
        "app": {"level": "INFO", "handlers": ["main", "brace"], "propagate": False},
        "app.db": {"handlers": ["shout"]},
        "other": {"level": 10, "handlers": ["errors", "ref"]},
    },
    "root": {"level": "WARNING", "handlers": ["main"]},
}
logging.config.dictConfig(CONFIG)
print(sorted(CONFIG["handlers"]), type(CONFIG["formatters"]["plain"]).__name__)
app = logging.getLogger("app")
print(app.level, app.propagate, [h.name for h in app.handlers], old.disabled, old_child.disabled,
      old_child.level, old_child.propagate)
app.debug("debug dropped")
app.info("info")
app.warning("warning")
logging.getLogger("app.db").warning("db warning")
logging.getLogger("other").error("other error")
logging.getLogger("other").info("other info")
logging.getLogger("unconfigured").warning("to root")
show()
print(sorted(logging.root.manager.loggerDict))
h = logging.getLogger("app").handlers[0]
print(h.name, h.level, type(h.formatter).__name__, logging.getLogger("app.db").handlers[0].terminator == "!\n")

logging.config.dictConfig({"version": 1, "incremental": True,
                           "handlers": {"main": {"level": "ERROR"}},
                           "loggers": {"app": {"level": "DEBUG"}}})
app.info("info after incremental")
app.error("error after incremental")
show()
print(app.level, logging.getLogger("app").handlers[0].level)

logging.config.dictConfig({"version": 1, "disable_existing_loggers": False,
                           "handlers": {"h": {"class": "logging.StreamHandler", "stream": stream}},
                           "root": {"handlers": ["h"], "level": "INFO"}})
print(app.disabled, app.handlers, logging.getLogger("app.db").handlers)
app.info("now via root")
show()
logging.config.dictConfig({"version": 1, "root": {"level": "INFO"}})
print(app.disabled, old.disabled, logging.root.handlers)

def attempt(cfg):
    try:
        logging.config.dictConfig(cfg)
        print("ok")
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e, "|", type(e.__cause__).__name__ if e.__cause__ else None,
              e.__cause__)

attempt({})
attempt({"version": 2})
attempt({"version": 1, "formatters": {"f": {"format": "no fields"}}})
attempt({"version": 1, "formatters": {"f": {"format": "%(message)s", "style": "?"}}})
attempt({"version": 1, "handlers": {"h": {"class": "no.such.Handler"}}})
attempt({"version": 1, "handlers": {"h": {"class": "logging.NoSuchHandler"}}})
attempt({"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "formatter": "missing"}}})
attempt({"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "level": "LOUD"}}})
attempt({"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "bogus": 1}}})
attempt({"version": 1, "loggers": {"x": {"handlers": ["nope"]}}})
attempt({"version": 1, "loggers": {"x": {"filters": ["nope"]}}})
attempt({"version": 1, "loggers": {"x": {"level": "LOUD"}}})
attempt({"version": 1, "root": {"level": "LOUD"}})
attempt({"version": 1, "incremental": True, "handlers": {"gone": {"level": "INFO"}}})
attempt({"version": 1, "handlers": {"h": {"class": "logging.StreamHandler",
                                          "stream": "cfg://missing.key"}}})
attempt({"version": 1, "filters": {"f": {"()": "logging.Filter", "name": "a", "bad-key": 1}}})
print(logging.config.valid_ident("ok_name"))
try:
    logging.config.valid_ident("not ok")
except ValueError as e:
    print("ValueError", e)

import os
for f in (lambda: open("/nonexistent/x"), lambda: os.listdir("/nonexistent"), lambda: os.mkdir("/tmp"), lambda: open("/tmp")):
    try:
        f()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, e.args, str(e))
e = OSError(2, "x", "f", None, "g"); print(type(e).__name__, e, e.args, e.filename2)
e = OSError("just a message"); print(e.errno, e.strerror, e.filename, str(e))
e = PermissionError(13, "denied", "/root"); print(e, e.errno)
e = OSError(999, "odd"); print(type(e).__name__, e)
try:
    raise FileNotFoundError(2, "No such file or directory", "cfg.ini")
except OSError as e:
    print(repr(e), e)

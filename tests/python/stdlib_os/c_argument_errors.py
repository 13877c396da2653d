# os's and time's functions are C functions in CPython: their argument errors are worded
# by how each takes its arguments (METH_NOARGS, METH_O, PyArg_ParseTuple,
# PyArg_UnpackTuple, Argument Clinic), and keywords follow CPython's parameter names.
import os
import time

fs = [(time, n) for n in ("gmtime", "localtime", "mktime", "tzset", "asctime", "ctime",
                          "strftime", "strptime")]
fs += [(os, n) for n in ("getcwd", "listdir", "urandom", "getpid", "stat", "lstat", "remove",
                         "rmdir", "mkdir", "rename", "replace", "open", "close", "read",
                         "write", "lseek", "chmod", "utime", "symlink", "readlink", "access",
                         "get_terminal_size", "scandir")]
calls = [((1,) * 5, {}), ((), {}), ((1,), {"zz": 1}), ((), {"zz": 1}), ((1, 2), {}),
         ((1,), {"path": 1}), ((), {"dir_fd": None}), ((1, 2, 3), {"mode": 1})]
for m, n in fs:
    f = getattr(m, n)
    print(n)
    for args, kw in calls:
        if (args, kw) in (((), {}), ((1, 2), {})) and n in ("gmtime", "localtime", "tzset",
                                                            "asctime", "ctime", "getcwd",
                                                            "getpid", "listdir", "scandir",
                                                            "get_terminal_size"):
            continue
        if (args, kw) == ((1, 2), {}) and n in ("utime", "chmod", "read", "write", "lseek"):
            continue  # (a call on descriptor 1)
        try:
            f(*args, **kw)
            r = "ok"
        except TypeError as e:
            r = "TypeError: %s" % e
        except Exception as e:
            r = type(e).__name__
        print("   ", args, kw, r)

# Keywords by CPython's names reach metal's functions.
st = os.stat(path=".", follow_symlinks=True)
print(type(st).__name__, st.st_mode == os.stat(".").st_mode)
print(sorted(os.listdir(path=os.path.dirname(os.path.abspath(__file__))))[:1] != [])
print(time.strftime("%Y", time.gmtime(0)), time.strptime("2020", "%Y").tm_year)
print(os.access(path=".", mode=os.F_OK), os.access(".", os.R_OK, effective_ids=False))
for f in [lambda: os.listdir(1.5), lambda: os.stat(1.5), lambda: os.lstat(None),
          lambda: os.rename("a", 1.5), lambda: os.scandir([]), lambda: time.strptime(1, "%Y"),
          lambda: time.strptime("1", 2), lambda: os.mkdir(b"x" * 0 or 3)]:
    try:
        f()
    except TypeError as e:
        print(e)

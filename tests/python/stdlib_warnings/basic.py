import warnings, sys
def f():
    warnings.warn("careful")
for i in range(3):
    f()
warnings.warn("top level", DeprecationWarning)
warnings.warn("dep in func ignored? no - module is __main__", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn(RuntimeWarning("instance"))
def lib():
    warnings.warn("from lib", UserWarning, stacklevel=2)
lib()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f(); f()
    warnings.warn("dep", DeprecationWarning)
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w], w[0].lineno, w[0].filename.endswith("w1.py"))
    print(str(w[0]).startswith("{message : UserWarning('careful')"))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("raised", e)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
with warnings.catch_warnings(record=True) as w:
    warnings.filterwarnings("ignore", message="skip")
    warnings.filterwarnings("always", category=RuntimeWarning)
    warnings.warn("skip me")
    warnings.warn("SKIP me too")
    warnings.warn("rt", RuntimeWarning)
    warnings.warn("rt", RuntimeWarning)
    print([str(x.message) for x in w])
print(warnings.filters[:2])
try: warnings.warn("x", int)
except TypeError as e: print(e)
try: warnings.simplefilter("bogus")
except AssertionError as e: print(e)
print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "  the line  "), end="")
print(repr(warnings.catch_warnings(record=True)))
log = []
old = warnings.showwarning
warnings.showwarning = lambda *a: log.append(a[:4])
warnings.warn("custom", stacklevel=1)
warnings.showwarning = old
print(log[0][0], log[0][1].__name__, log[0][3])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once only")
    print(len(w))
warnings.warn("deep", stacklevel=10)
sys.stderr.flush()
print("done")

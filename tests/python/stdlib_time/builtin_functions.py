# time's and os's functions that CPython writes in C are builtin functions: they do
# not bind as methods when a class keeps one.
import time, os, re
print(type(time.gmtime).__name__, type(time.localtime).__name__, type(time.strftime).__name__, type(time.time).__name__)
class F:
    conv = time.gmtime
print(F().conv(0)[:3])
for f in (os.getcwd, os.listdir, os.path.join, re.compile, time.mktime, time.asctime, time.ctime, time.strptime, time.sleep, time.perf_counter):
    print(f.__name__, type(f).__name__, f.__module__)
class S(str): pass
print(os.replace.__name__, type(os.replace).__name__, os.replace.__module__)
print(repr(time.gmtime), repr(os.getcwd), time.gmtime.__self__ is time, time.strftime.__qualname__)
print(time.gmtime.__text_signature__)
print(time.gmtime.__reduce__(), time.gmtime == time.gmtime, time.gmtime is time.gmtime)
import pickle, copy
print(pickle.loads(pickle.dumps(time.gmtime)) is time.gmtime, copy.copy(time.strftime) is time.strftime)
print(time.strftime("%Y", time.gmtime(0)), time.mktime(time.localtime(100)) == 100.0)

# The time module's builtin functions belong to it, as CPython's: __module__, __self__,
# their docs and (none) text signatures, their repr.
import time
for f in (time.time, time.sleep, time.monotonic, time.perf_counter, time.time_ns, time.process_time):
    print(f.__name__, f.__module__, f.__self__, repr(f.__text_signature__), (f.__doc__ or "")[:50].replace("\n", " "))
print(repr(time.time))

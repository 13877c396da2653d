# open(): text and binary files, universal newlines, append, seek, errors; os.remove/stat.
import os
p = "metal_io_test_%d.txt" % os.getpid()
with open(p, "w") as f:
    print(f.mode, f.name == p, f.encoding, f.closed)
    f.write("héllo\nwörld\r\nthird\rlast")
print(f.closed)
with open(p) as f:
    print(repr(f.read()))
with open(p) as f:
    print([line for line in f])
with open(p, newline="") as f:
    print(f.readlines())
with open(p, "rb") as f:
    print(f.read(3), f.readline(), f.tell(), f.read())
with open(p, "a") as f:
    f.write("\nappended")
print(open(p).read().splitlines())
print(os.path.getsize(p), os.stat(p).st_size)
try:
    open("/nonexistent/x")
except FileNotFoundError as e:
    print(e)
try:
    open(p, "rw")
except ValueError as e:
    print(e)
try:
    open("/tmp")
except IsADirectoryError as e:
    print(e)
with open(p, "rb") as f:
    print(len(list(f)))
with open(p, "w+") as f:
    f.write("abc")
    f.seek(0)
    print(f.read())
os.remove(p)
print(os.path.exists(p))
try:
    open(p, "rb", encoding="utf-8")
except ValueError as e:
    print(e)

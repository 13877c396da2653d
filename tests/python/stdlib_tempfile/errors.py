import os
import tempfile
import queue

base = os.path.join(os.getcwd(), "_tempfile_errors_scratch")
os.mkdir(base)
try:
    for call in [lambda: tempfile.mkstemp(dir=os.path.join(base, "nope")),
                 lambda: tempfile.mkdtemp(dir=os.path.join(base, "nope")),
                 lambda: tempfile.NamedTemporaryFile(dir=os.path.join(base, "nope")),
                 lambda: tempfile.TemporaryFile(dir=os.path.join(base, "nope")),
                 lambda: tempfile.TemporaryDirectory(dir=os.path.join(base, "nope"))]:
        try:
            call()
        except FileNotFoundError as e:
            print("FileNotFoundError", e.errno, os.path.dirname(e.filename) == os.path.join(base, "nope"))
    try:
        tempfile.NamedTemporaryFile("q", dir=base)
    except ValueError as e:
        print("ValueError", e)
    print(os.listdir(base))
    f = tempfile.NamedTemporaryFile("w", dir=base, suffix=".x")
    print(f.write("abc"), f.writable(), f.readable(), f.closed)
    f.flush()
    print(os.path.getsize(f.name))
    g = f.file
    f.close()
    print(g.closed, f.closed, os.listdir(base))
    try:
        f.write("x")
    except ValueError as e:
        print("ValueError", e)
    try:
        with tempfile.NamedTemporaryFile(dir=base) as f:
            os.unlink(f.name)
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.filename == f.name, f.closed)
    f.close()
    f = tempfile.NamedTemporaryFile(dir=base)
    os.unlink(f.name)
    try:
        f.close()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, f.closed)
    f.close()
    print("closed once")
    d = tempfile.TemporaryDirectory(dir=base, ignore_cleanup_errors=True)
    with d as name:
        os.rmdir(name)
    print(os.listdir(base))
    s = tempfile.SpooledTemporaryFile(5, dir=base)
    s.write(b"abc")
    print(s.fileno() > 2, s._rolled)
    s.seek(0)
    print(s.read(), s.name == s.fileno())
    s.close()
    s = tempfile.SpooledTemporaryFile(dir=base)
    s.writelines([b"a\n", b"b\n"])
    s.seek(0)
    print(list(s), s._rolled)
    s.truncate(1)
    s.seek(0)
    print(s.read())
    s.close()
    try:
        with s:
            pass
    except ValueError as e:
        print("ValueError", e)
finally:
    for name in os.listdir(base):
        os.remove(os.path.join(base, name))
    os.rmdir(base)

pq = queue.PriorityQueue(maxsize=2)
pq.put((2, "b"))
pq.put((1, "a"))
print(pq.full())
try:
    pq.put((0, "z"), block=False)
except queue.Full:
    print("Full")
print(pq.get_nowait(), pq.get_nowait(), pq.empty())
q = queue.Queue(0)
for i in range(100):
    q.put(i)
print(q.full(), q.qsize(), q.maxsize)
q = queue.Queue(-1)
q.put(1)
print(q.full(), q.get())

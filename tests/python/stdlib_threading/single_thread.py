# threading used by one thread: locks, conditions, events, semaphores, barriers,
# thread-local data, the main thread; Thread objects before they start.
import re
import threading as t


def addr(s):
    return re.sub(r"0x[0-9a-f]+", "ADDR", re.sub(r"owner=\d+", "owner=N", str(s)))


print(t.__all__)
main = t.current_thread()
print(main.name, main is t.main_thread(), t.active_count(), t.enumerate() == [main], main.daemon)
print(addr(repr(main)).split(",")[0], main.is_alive(), isinstance(main.ident, int), t.TIMEOUT_MAX)
print(t.get_ident() == main.ident, t.ThreadError is RuntimeError)

l = t.Lock()
print(addr(l), l.acquire(), l.locked(), l.acquire(False), l.acquire(timeout=0.01), addr(l))
l.release()
for bad in (lambda: l.release(), lambda: l.acquire(False, 1), lambda: l.acquire(timeout=-2)):
    try:
        bad()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)
with l:
    print("in lock", l.locked())
print(l.locked(), type(l).__name__, type(l).__module__)

r = t.RLock()
print(addr(r))
r.acquire()
r.acquire()
print(addr(r))
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print(e)
with r:
    with r:
        print("nested rlock")

c = t.Condition()
for bad in (c.notify, lambda: c.wait(0.01), c.notify_all):
    try:
        bad()
    except RuntimeError as e:
        print(e)
with c:
    print(c.wait(0.01), c.wait_for(lambda: 7), c.wait_for(lambda: 0, 0.01))
    c.notify()
    c.notify_all()
print(addr(c))

e = t.Event()
print(e.is_set(), e.wait(0.01), addr(e))
e.set()
print(e.wait(), e.wait(0), addr(e))
e.clear()
print(e.is_set())

s = t.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(timeout=0.01), s.acquire(False), addr(s))
s.release(2)
print(addr(s))
b = t.BoundedSemaphore(1)
try:
    b.release()
except ValueError as e:
    print(e)
for bad in (lambda: t.Semaphore(-1), lambda: s.release(0), lambda: s.acquire(False, 1)):
    try:
        bad()
    except ValueError as e:
        print(e)

bar = t.Barrier(1, action=lambda: print("action"))
print(bar.wait(), bar.parties, bar.n_waiting, bar.broken, addr(bar))
bar.abort()
try:
    bar.wait()
except t.BrokenBarrierError as e:
    print("broken", repr(e), addr(bar))
bar.reset()
print(bar.broken)

loc = t.local()
loc.x = 1
print(loc.x, type(loc).__name__, type(loc).__module__)


def work(a, b=0):
    return a + b


th = t.Thread(target=work, args=(1,))
print(th.name.split("-")[0], th.name.split(" ")[1], th.daemon, th.is_alive(), th.ident, addr(th).split(",")[1])
th.name = "worker"
th.daemon = True
print(addr(th), th.native_id)
try:
    th.join()
except RuntimeError as e:
    print(e)
try:
    main.join()
except RuntimeError as e:
    print(e)


class MyThread(t.Thread):
    def __init__(self):
        pass


try:
    MyThread().start()
except RuntimeError as e:
    print(e)
tm = t.Timer(1.0, work, [1])
tm.cancel()
print(tm.finished.is_set(), tm.interval)
print(t.gettrace(), t.stack_size())
t.settrace(work)
print(t.gettrace() is work)
t.settrace(None)
args = t.ExceptHookArgs([ValueError, ValueError("x"), None, None])
print(type(args).__name__, args.exc_type.__name__)

import queue
import time

q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), q.unfinished_tasks)
print([q.get() for _ in range(3)], q.get_nowait(), q.get(block=False))
print(q.empty(), q.qsize())
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e), type(e).__name__)
try:
    q.get(False, 10)
except queue.Empty:
    print("Empty nonblocking ignores timeout")

b = queue.Queue(maxsize=2)
b.put("a")
b.put_nowait("b")
print(b.full(), b.qsize(), b.maxsize)
for args in [((), {"block": False}), ((), {"timeout": 0})]:
    try:
        b.put("c", *args[0], **args[1])
    except queue.Full as e:
        print("Full", repr(e), args[1])
try:
    b.put_nowait("c")
except queue.Full:
    print("Full put_nowait")
t0 = time.monotonic()
try:
    b.put("c", timeout=0.05)
except queue.Full:
    print("Full after timeout", time.monotonic() - t0 >= 0.04)
t0 = time.monotonic()
try:
    q.get(timeout=0.05)
except queue.Empty:
    print("Empty after timeout", time.monotonic() - t0 >= 0.04)
print(b.get(), b.get(), b.empty())

for qq, what in [(queue.Queue(), "get"), (queue.Queue(3), "put"), (queue.Queue(), "put")]:
    try:
        if what == "get":
            qq.get(timeout=-1)
        else:
            qq.put(1, timeout=-1)
        print(what, "ok", qq.qsize())
    except ValueError as e:
        print(what, "ValueError", e)
q.put(1)
try:
    q.get(timeout=-0.5)
except ValueError as e:
    print("ValueError even with items:", e, q.qsize())
print(q.get(timeout=0), q.get(False, -1) if q.put(2) is None else None)

# task_done / join
j = queue.Queue()
j.join()
j.put(1)
j.put(2)
print(j.unfinished_tasks)
j.get()
j.task_done()
j.get()
j.task_done()
j.join()
print("joined", j.unfinished_tasks)
try:
    j.task_done()
except ValueError as e:
    print("ValueError", e)

lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in [3, 1, 4, 1, 5, 9, 2, 6]:
    lq.put(x)
    pq.put((x, str(x)))
print([lq.get() for _ in range(lq.qsize())])
print([pq.get()[0] for _ in range(pq.qsize())])
print(type(lq.queue).__name__, type(pq.queue).__name__, type(queue.Queue().queue).__name__)
print(issubclass(queue.LifoQueue, queue.Queue), issubclass(queue.PriorityQueue, queue.Queue))

s = queue.SimpleQueue()
print(s.empty(), s.qsize())
s.put(1)
s.put(2, True, 5)
s.put_nowait(3)
s.put(4, block=False, timeout=-1)
print(s.qsize(), s.get(), s.get_nowait(), s.get(False), s.get(timeout=0))
try:
    s.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e))
try:
    s.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)
try:
    s.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")

print(queue.Empty, queue.Full, queue.SimpleQueue)
print(queue.Queue[int], queue.SimpleQueue[int], queue.PriorityQueue[str])
print(queue.__all__)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(queue.Queue.__module__, queue.LifoQueue.__name__)

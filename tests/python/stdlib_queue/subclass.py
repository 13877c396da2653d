import queue


class SetQueue(queue.Queue):
    """A queue that drops items it already holds, through the _init/_qsize/_put/_get hooks."""

    def _init(self, maxsize):
        print("init", maxsize)
        self.queue = []
        self.seen = set()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        if item not in self.seen:
            self.seen.add(item)
            self.queue.append(item)

    def _get(self):
        item = self.queue.pop(0)
        self.seen.discard(item)
        return item


q = SetQueue(3)
for x in "abacab":
    try:
        q.put_nowait(x)
    except queue.Full:
        print("full at", x)
print(q.qsize(), q.full(), q.unfinished_tasks, q.queue)
print(q.get(), q.get(), q.qsize())


class Counting(queue.LifoQueue):
    def _put(self, item):
        super()._put(item * 10)


c = Counting()
c.put(1)
c.put(2)
print(c.get(), c.get())


class Tasks(queue.PriorityQueue):
    def task_done(self):
        print("task done, left", self.unfinished_tasks - 1)
        super().task_done()


t = Tasks()
t.put((2, "b"))
t.put((1, "a"))
print(t.get())
t.task_done()
print(t.get())
t.task_done()
t.join()
try:
    t.task_done()
except ValueError as e:
    print(e)


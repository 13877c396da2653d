'''A multi-producer, multi-consumer queue.'''

# metal runs one thread per interpreter (see threading.py): a queue works as it does
# when one thread uses it. A wait only another thread could end (a blocking get() on
# an empty queue or put() on a full one without a timeout, join() with unfinished
# tasks) would hang forever in CPython and raises a RuntimeError naming the deadlock
# here; with a timeout the call waits it out and raises Empty/Full, as CPython does.

import threading
import types
from collections import deque
from heapq import heappush as _heappush, heappop as _heappop
from time import monotonic as _time, sleep as _sleep

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'


Empty.__module__ = '_queue'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'


def _deadlock(what):
    return RuntimeError("deadlock: %s, and metal runs no other thread that could end "
                        "the wait (threads are not supported yet)" % what)


def _check_timeout(timeout):
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


def _wait_out(deadline):
    # Nothing can change the queue while this thread sleeps: wait the rest of the
    # timeout, as CPython's wait on a condition no other thread signals does.
    rest = deadline - _time()
    if rest > 0:
        _sleep(rest)


class Queue:
    '''Create a queue object with a given maximum size.

    If maxsize is <= 0, the queue size is infinite.
    '''

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        '''Indicate that a formerly enqueued task is complete.'''
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks = left

    def join(self):
        '''Blocks until all items in the Queue have been gotten and processed.'''
        with self.all_tasks_done:
            if self.unfinished_tasks:
                raise _deadlock("joining a Queue with %d unfinished task(s)"
                                % self.unfinished_tasks)

    def qsize(self):
        '''Return the approximate size of the queue (not reliable!).'''
        with self.mutex:
            return self._qsize()

    def empty(self):
        '''Return True if the queue is empty, False otherwise (not reliable!).'''
        with self.mutex:
            return not self._qsize()

    def full(self):
        '''Return True if the queue is full, False otherwise (not reliable!).'''
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        '''Put an item into the queue.'''
        with self.not_full:
            if self.maxsize > 0 and self._qsize() >= self.maxsize:
                if not block:
                    raise Full
                if timeout is None:
                    raise _deadlock("putting into a full Queue without a timeout")
                _check_timeout(timeout)
                _wait_out(_time() + timeout)
                raise Full
            elif self.maxsize > 0 and block and timeout is not None:
                _check_timeout(timeout)
            self._put(item)
            self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        '''Remove and return an item from the queue.'''
        with self.not_empty:
            if block and timeout is not None:
                _check_timeout(timeout)
            if not self._qsize():
                if not block:
                    raise Empty
                if timeout is None:
                    raise _deadlock("getting from an empty Queue without a timeout")
                _wait_out(_time() + timeout)
                raise Empty
            return self._get()

    def put_nowait(self, item):
        '''Put an item into the queue without blocking.'''
        return self.put(item, block=False)

    def get_nowait(self):
        '''Remove and return an item from the queue without blocking.'''
        return self.get(block=False)

    # Override these methods to implement other queue organizations.
    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(types.GenericAlias)


class PriorityQueue(Queue):
    '''Variant of Queue that retrieves open entries in priority order (lowest first).'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        _heappush(self.queue, item)

    def _get(self):
        return _heappop(self.queue)


class LifoQueue(Queue):
    '''Variant of Queue that retrieves most recently added entries first.'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    '''Simple, unbounded, reentrant FIFO queue.'''

    # CPython's `_queue.SimpleQueue` (a C class: no `__dict__`, its C layout).
    __module__ = "_queue"
    __slots__ = ("_queue",)

    def __init__(self):
        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        '''Put the item on the queue.'''
        self._queue.append(item)

    def put_nowait(self, item):
        '''Put an item into the queue without blocking.'''
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        '''Remove and return an item from the queue.'''
        if block and timeout is not None:
            _check_timeout(timeout)
        if self._queue:
            return self._queue.popleft()
        if not block:
            raise Empty
        if timeout is None:
            raise _deadlock("getting from an empty SimpleQueue without a timeout")
        _wait_out(_time() + timeout)
        raise Empty

    def get_nowait(self):
        '''Remove and return an item from the queue without blocking.'''
        return self.get(False)

    def empty(self):
        '''Return True if the queue is empty, False otherwise (not reliable!).'''
        return not self._queue

    def qsize(self):
        '''Return the approximate size of the queue (not reliable!).'''
        return len(self._queue)

    __class_getitem__ = classmethod(types.GenericAlias)


SimpleQueue.__module__ = '_queue'

"""Heap queue (priority queue) algorithms on plain lists.

A heap is a list where ``heap[k] <= heap[2*k+1]`` and ``heap[k] <= heap[2*k+2]``
for every k, so ``heap[0]`` is always the smallest item. Items are compared with
``<`` only. The sift steps follow the classic bottom-up scheme (move the smaller
child up to a leaf, then bubble the new item back up), so heaps end up laid out
as CPython lays them out.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _need_list(heap, what):
    if not isinstance(heap, list):
        raise TypeError(f"{what} must be list, not {type(heap).__name__}")


def _bubble_up(heap, top, pos):
    # Move heap[pos] towards the root (not above `top`) while it is smaller
    # than its parent.
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if item < above:
            heap[pos] = above
            pos = parent
        else:
            break
    heap[pos] = item


def _sink(heap, pos):
    # Promote the smaller child into the hole at `pos` down to a leaf, then
    # put the displaced item there and bubble it back up.
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up(heap, top, pos)


def _bubble_up_max(heap, top, pos):
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if above < item:
            heap[pos] = above
            pos = parent
        else:
            break
    heap[pos] = item


def _sink_max(heap, pos):
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _bubble_up_max(heap, top, pos)


def heappush(*args):
    """Push item onto heap, maintaining the heap invariant."""
    if len(args) != 2:
        raise TypeError(f"heappush expected 2 arguments, got {len(args)}")
    heap, item = args
    _need_list(heap, "heappush() argument 1")
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1)


def heappop(*args):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    if len(args) != 1:
        raise TypeError(f"_heapq.heappop() takes exactly one argument ({len(args)} given)")
    heap = args[0]
    _need_list(heap, "heappop() argument")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sink(heap, 0)
        return smallest
    return last


def heapreplace(*args):
    """Pop and return the current smallest value, and add the new item."""
    if len(args) != 2:
        raise TypeError(f"heapreplace expected 2 arguments, got {len(args)}")
    heap, item = args
    _need_list(heap, "heapreplace() argument 1")
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(*args):
    """Push item on the heap, then pop and return the smallest item."""
    if len(args) != 2:
        raise TypeError(f"heappushpop expected 2 arguments, got {len(args)}")
    heap, item = args
    _need_list(heap, "heappushpop() argument 1")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sink(heap, 0)
    return item


def heapify(*args):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    if len(args) != 1:
        raise TypeError(f"_heapq.heapify() takes exactly one argument ({len(args)} given)")
    heap = args[0]
    _need_list(heap, "heapify() argument")
    for i in range(len(heap) // 2 - 1, -1, -1):
        _sink(heap, i)


def _heappop_max(heap):
    """Maxheap version of a heappop."""
    _need_list(heap, "_heappop_max() argument")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _sink_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item):
    """Maxheap version of a heappop followed by a heappush."""
    _need_list(heap, "_heapreplace_max() argument 1")
    if not heap:
        raise IndexError("index out of range")
    largest = heap[0]
    heap[0] = item
    _sink_max(heap, 0)
    return largest


def _heapify_max(heap):
    """Maxheap version of heapify."""
    _need_list(heap, "_heapify_max() argument")
    for i in range(len(heap) // 2 - 1, -1, -1):
        _sink_max(heap, i)


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output.

    Lazy: each input is read only as far as needed. Equal items come out in
    the order of the inputs they came from.
    """
    if reverse:
        pop, replace, build = _heappop_max, _heapreplace_max, _heapify_max
        sign = -1
    else:
        pop, replace, build = heappop, heapreplace, heapify
        sign = 1
    # Each entry: [sort key, input number (negated for max-heaps, so earlier
    # inputs still win ties), value, the input's iterator].
    entries = []
    for number, iterable in enumerate(iterables):
        it = iter(iterable)
        try:
            value = next(it)
        except StopIteration:
            continue
        k = value if key is None else key(value)
        entries.append([k, number * sign, value, it])
    build(entries)
    while len(entries) > 1:
        try:
            while True:
                entry = entries[0]
                yield entry[2]
                value = next(entry[3])
                entry[0] = value if key is None else key(value)
                entry[2] = value
                replace(entries, entry)
        except StopIteration:
            pop(entries)
    if entries:
        entry = entries[0]
        yield entry[2]
        yield from entry[3]


def _best(n, iterable, key, largest):
    # The n best items, in the order sorted(..., reverse=largest) gives them
    # (stable: among equal items the earlier one wins).
    if n == 1:
        none = object()
        pick = max if largest else min
        if key is None:
            found = pick(iter(iterable), default=none)
        else:
            found = pick(iter(iterable), default=none, key=key)
        return [] if found is none else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]
    if n <= 0:
        return []
    # Keep the n best seen so far in a heap whose root is the worst of them.
    # Entries are (key, tiebreak, value): the tiebreak makes earlier items
    # win ties and keeps values from ever being compared directly.
    it = iter(iterable)
    kept = []
    for i, value in zip(range(n), it):
        k = value if key is None else key(value)
        kept.append((k, -i if largest else i, value))
    if not kept:
        return kept
    if largest:
        heapify(kept)
        worst = kept[0][0]
        count = -n
        for value in it:
            k = value if key is None else key(value)
            if worst < k:
                heapreplace(kept, (k, count, value))
                worst = kept[0][0]
                count -= 1
        kept.sort(reverse=True)
    else:
        _heapify_max(kept)
        worst = kept[0][0]
        count = n
        for value in it:
            k = value if key is None else key(value)
            if k < worst:
                _heapreplace_max(kept, (k, count, value))
                worst = kept[0][0]
                count += 1
        kept.sort()
    return [entry[2] for entry in kept]


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    return _best(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    return _best(n, iterable, key, True)

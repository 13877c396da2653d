# The itertools documentation's recipes (3.11), which combine the functions.
import collections
import operator
from itertools import (chain, combinations, compress, count, cycle, filterfalse, groupby,
                       islice, pairwise, repeat, starmap, takewhile, tee, zip_longest,
                       accumulate, product, dropwhile)


def take(n, iterable):
    return list(islice(iterable, n))


def tabulate(function, start=0):
    return map(function, count(start))


def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)


def all_equal(iterable):
    g = groupby(iterable)
    return next(g, True) and not next(g, False)


def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))


def ncycles(iterable, n):
    return chain.from_iterable(repeat(tuple(iterable), n))


def grouper(iterable, n, *, incomplete="fill", fillvalue=None):
    args = [iter(iterable)] * n
    if incomplete == "fill":
        return zip_longest(*args, fillvalue=fillvalue)
    if incomplete == "strict":
        return zip(*args, strict=True)
    if incomplete == "ignore":
        return zip(*args)
    raise ValueError("Expected fill, strict, or ignore")


def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for next_ in nexts:
                yield next_()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))


def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)


def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))


def unique_everseen(iterable, key=None):
    seen = set()
    if key is None:
        for element in filterfalse(seen.__contains__, iterable):
            seen.add(element)
            yield element
    else:
        for element in iterable:
            k = key(element)
            if k not in seen:
                seen.add(k)
                yield element


def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))


def sliding_window(iterable, n):
    it = iter(iterable)
    window = collections.deque(islice(it, n), maxlen=n)
    if len(window) == n:
        yield tuple(window)
    for x in it:
        window.append(x)
        yield tuple(window)


def before_and_after(predicate, it):
    it = iter(it)
    transition = []

    def true_iterator():
        for elem in it:
            if predicate(elem):
                yield elem
            else:
                transition.append(elem)
                return

    def remainder_iterator():
        yield from transition
        yield from it

    return true_iterator(), remainder_iterator()


def dotproduct(vec1, vec2):
    return sum(map(operator.mul, vec1, vec2))


def triplewise(iterable):
    for (a, _), (b, c) in pairwise(pairwise(iterable)):
        yield a, b, c


def iter_index(iterable, value, start=0):
    it = islice(iterable, start, None)
    for i, element in enumerate(it, start):
        if element is value or element == value:
            yield i


print(take(3, tabulate(lambda x: x * x)), nth("abcde", 3), nth("ab", 5, "none"))
print(all_equal("aaa"), all_equal("aab"), all_equal(""), quantify([1, 0, 2]))
print(list(ncycles("ab", 3)))
print(list(grouper("ABCDEFG", 3, fillvalue="x")), list(grouper("ABCDEFG", 3, incomplete="ignore")))
print(list(roundrobin("ABC", "D", "EF")))
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds))
print(list(powerset([1, 2, 3])))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(list(unique_justseen("AAAABBBCCDAABBB")), list(unique_justseen("ABBcCAD", str.lower)))
print(list(sliding_window("ABCDEFG", 4)))
all_upper, remainder = before_and_after(str.isupper, "ABCdEfGhI")
print("".join(all_upper), "".join(remainder))
print(dotproduct([1, 2, 3], [4, 5, 6]), list(triplewise("ABCDEFG")))
print(list(iter_index("AABCADEAF", "A")), list(iter_index(count(), 3)) if False else take(1, iter_index(count(), 3)))
print(list(starmap(operator.pow, zip(range(5), repeat(2)))))
print(list(accumulate(repeat(2, 5), operator.mul)), list(takewhile(lambda x: x < 30, accumulate(count(1)))))
print(list(compress(*zip(*[("a", 1), ("b", 0), ("c", 1)]))))
print(list(dropwhile(str.isspace, "   hello ")), sorted(product("ab", repeat=2), reverse=True))
print(dict((k, len(list(g))) for k, g in groupby(sorted("mississippi"))))

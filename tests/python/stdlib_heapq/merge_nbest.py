# merge, nlargest, nsmallest: order, stability, key, reverse, laziness.
import heapq

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge()))
print(list(heapq.merge([], [])))
print(list(heapq.merge([1, 2, 3])))
print(list(heapq.merge([7, 5, 1], [8, 3], reverse=True)))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge(['horse', 'dog'], ['kangaroo', 'fish', 'cat'], key=len, reverse=True)))

# equal items come from earlier inputs first
a = [(1, 'a0'), (2, 'a1')]
b = [(1, 'b0'), (2, 'b1')]
print(list(heapq.merge(a, b, key=lambda t: t[0])))
print(list(heapq.merge(b, a, key=lambda t: t[0], reverse=False)))
print(list(heapq.merge(a[::-1], b[::-1], key=lambda t: t[0], reverse=True)))

# lazy: generators are read only as far as needed
def gen(name, xs):
    for x in xs:
        print('  read', name, x)
        yield x
m = heapq.merge(gen('a', [1, 4]), gen('b', [2, 3]))
print(type(m).__name__)
print(next(m))
print(next(m))
print(list(m))

data = [1, 3, 5, 7, 9, 2, 4, 6, 8, 0, 5, 5]
for n in (-1, 0, 1, 2, 3, 5, 12, 20):
    print(n, heapq.nsmallest(n, data), heapq.nlargest(n, data))
print(heapq.nsmallest(3, iter(data)), heapq.nlargest(3, iter(data)))
print(heapq.nsmallest(2, []), heapq.nlargest(2, iter([])))
print(heapq.nsmallest(1, []), heapq.nlargest(1, iter([])))

words = ['apple', 'fig', 'kiwi', 'banana', 'date', 'cherry', 'pear', 'plum', 'lime']
for n in (1, 2, 3, 4, 9):
    print(heapq.nsmallest(n, words, key=len))
    print(heapq.nlargest(n, words, key=len))
    print(heapq.nsmallest(n, iter(words), key=len))
    print(heapq.nlargest(n, iter(words), key=len))

# stability matches sorted(): items with equal keys keep input order
pairs = [(i % 3, i) for i in range(10)]
print(heapq.nsmallest(4, iter(pairs), key=lambda p: p[0]))
print(heapq.nlargest(4, iter(pairs), key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0])[:4], sorted(pairs, key=lambda p: p[0], reverse=True)[:4])

# uncomparable values never compared when keys tie
class Box:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Box({self.v})"
boxes = [Box(i % 2) for i in range(6)]
print(heapq.nsmallest(3, iter(boxes), key=lambda b: b.v))
print(heapq.nlargest(3, iter(boxes), key=lambda b: b.v))
print(list(heapq.merge(boxes[:3], boxes[3:], key=lambda b: 0)))

try:
    heapq.nsmallest(2, [1, 'a', 3])
except TypeError as e:
    print('TypeError', e)
try:
    list(heapq.merge([1], ['a']))
except TypeError as e:
    print('TypeError', e)

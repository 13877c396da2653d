class History(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.log = []

    def append(self, item):
        self.log.append(("append", item))
        super().append(item)

    def __repr__(self):
        return "History(" + super().__repr__() + ")"

    def last(self, n):
        return self[-n:]


h = History([1, 2])
h.append(3)
h.extend([4])
h += [5]
print(h, h.log, len(h), h.last(2), type(h.last(2)).__name__)
print(type(h + [6]).__name__, h == [1, 2, 3, 4, 5], sorted(h, reverse=True), h[1:3])
h.sort(reverse=True)
print(h, isinstance(h, list), type(h).__name__, h.__class__.__mro__[1].__name__)


class Stack(list):
    push = list.append

    def peek(self):
        return self[-1]


s = Stack()
s.push(1)
s.push(2)
print(s, s.peek(), s.pop(), s)

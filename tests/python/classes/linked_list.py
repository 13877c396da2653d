class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in reversed(list(items)):
            self.push(item)

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        node = self.head
        self.head = node.next
        self.size -= 1
        return node.value

    def __len__(self):
        return self.size

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"

    def __getitem__(self, index):
        if index < 0:
            index += self.size
        for i, v in enumerate(self):
            if i == index:
                return v
        raise IndexError("LinkedList index out of range")

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev


ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll), ll[0], ll[-1], 2 in ll, 9 in ll)
ll.reverse()
print(ll, ll.pop(), ll, list(map(str, ll)))
try:
    ll[10]
except IndexError as e:
    print(type(e).__name__, e)
empty = LinkedList()
print(bool(empty), bool(ll), empty)
try:
    empty.pop()
except IndexError as e:
    print(type(e).__name__, e)

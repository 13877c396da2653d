class Stack:
    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self):
        return self._items[-1]

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __repr__(self):
        return f"Stack({self._items})"


def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    s = Stack()
    for ch in text:
        if ch in "([{":
            s.push(ch)
        elif ch in pairs:
            if not s or s.pop() != pairs[ch]:
                return False
    return not s


for t in ["([]{})", "([)]", "((", "", "a(b)c[d]"]:
    print(repr(t), balanced(t))
s = Stack()
for i in range(3):
    s.push(i * i)
print(s, len(s), s.peek(), s.pop(), s)
s.pop(), s.pop()
try:
    s.pop()
except IndexError as e:
    print(type(e).__name__, e)

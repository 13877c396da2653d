def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, first in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [first] + rest


print(list(permutations([1, 2, 3])))
print(len(list(permutations("abcd"))), "".join(next(permutations("xyz"))))


def walk(tree, depth=0):
    name, children = tree
    yield depth, name
    for child in children:
        yield from walk(child, depth + 1)


tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("deep", [])])])])
for depth, name in walk(tree):
    print("  " * depth + name)


def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s


print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))


def hanoi(n, a="A", b="B", c="C"):
    if n:
        yield from hanoi(n - 1, a, c, b)
        yield (a, c)
        yield from hanoi(n - 1, b, a, c)


print(list(hanoi(3)), sum(1 for _ in hanoi(10)))

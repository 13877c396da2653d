def worker(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        yield


def round_robin(*gens):
    queue = list(gens)
    while queue:
        g = queue.pop(0)
        try:
            next(g)
            queue.append(g)
        except StopIteration:
            print("finished one")


round_robin(worker("a", 2), worker("b", 3), worker("c", 1))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f1, f2 = fib(), fib()
print([next(f1) for _ in range(5)], next(f2), next(f1))

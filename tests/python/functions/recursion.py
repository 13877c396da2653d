def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for item in x:
        out += flatten(item)
    return out


print(fact(20), fact(30), [fib(i) for i in range(15)])
print(len(hanoi(5, "A", "C", "B", [])), hanoi(2, "A", "C", "B", []))
print(is_even(10), is_odd(7), is_even(7))
print(flatten([1, [2, [3, 4], [[5]]], 6]))
print(fact(200) % 1000003)

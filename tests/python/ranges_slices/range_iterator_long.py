# A range beyond a C long (its bounds, step or length) iterates with a
# longrange_iterator, forwards and reversed; within, a range_iterator.
M = 2 ** 63 - 1
N = -(2 ** 63)
cases = [
    (0, 10, 1), (0, M, 1), (0, M + 1, 1), (M - 2, M, 1), (M - 2, M + 1, 1),
    (N, 0, 1), (N - 1, 0, 1), (0, 10, M), (0, 10, M + 1), (0, M, 2),
    (M - 5, M - 1, 3), (M - 5, M - 2, 3), (0, N, -1), (N + 3, N, -1), (N + 3, N - 1, -1),
    (5, 0, N), (5, 0, N + 1), (0, -10, -M), (N, M, 1), (N, M, 2), (10, 0, 1),
    (M, M - 3, -1), (N, N + 3, 1), (N, N + 3, 2), (M, 0, -1), (M, 0, -2),
    (3, 10, 2 ** 70), (2 ** 70, 2 ** 70 + 3, 1),
]
for a, b, c in cases:
    r = range(a, b, c)
    it = iter(r)
    rv = reversed(r)
    print((a, b, c), type(it).__name__, type(rv).__name__, it.__length_hint__(),
          rv.__length_hint__(), next(it, None), next(rv, None), it.__length_hint__())
it = iter(range(M - 1, M + 2))
print(type(it).__name__, list(it), it.__length_hint__())
rv = reversed(range(N - 2, N + 1))
print(type(rv).__name__, list(rv))
print(type(iter(range(2 ** 64))).__basicsize__, type(iter(range(2 ** 64))).__dict__.keys() == type(iter(range(1))).__dict__.keys())

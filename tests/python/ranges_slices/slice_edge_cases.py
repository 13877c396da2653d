a = list(range(10))
cases = [(None, None, None), (3, None, None), (None, 3, None), (-3, None, None), (None, -3, None),
         (20, None, None), (None, 20, None), (-20, 3, None), (None, None, -1), (None, None, -3),
         (7, 2, -1), (2, 7, -1), (-1, -4, -1), (-20, None, -1), (None, -20, -1), (1, 8, 3), (8, 1, -3)]
for start, stop, step in cases:
    print((start, stop, step), a[start:stop:step], "0123456789"[start:stop:step], range(10)[start:stop:step])

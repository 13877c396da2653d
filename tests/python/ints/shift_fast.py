vals = [0, 1, -1, 5, -5, 2**62, -2**62, 2**63 - 1, -2**63, 12345678901, -98765]
shifts = [0, 1, 2, 31, 32, 62, 63, 64, 65, 100]
acc = []
for v in vals:
    for s in shifts:
        acc.append((v >> s, v << s if s < 70 else None))
        x = v
        x >>= s
        y = v
        y <<= min(s, 10)
        acc.append((x, y))
print(acc)
for bad in (lambda: 1 << -1, lambda: 1 >> -1):
    try:
        bad()
    except ValueError as e:
        print(e)
print(True << 3, 7 >> True, (1 << 62) << 1, -(1 << 62) << 1, (-(1 << 62) << 2))

for v in (0.0, -0.0, 1e-300, float("nan"), float("inf"), 1.0):
    print(repr(v), bool(v), not v, v or "alt", v and "and")
print(int(2.999999999999999), int(2.9999999999999999))
print(0.1 + 0.7, (0.1 + 0.7) * 10, int((0.1 + 0.7) * 10))
print(3.0 == 3, hash(3.0) == hash(3), hash(0.5), hash(-1.0), hash(1.5))

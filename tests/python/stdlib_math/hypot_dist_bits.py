# math.hypot and math.dist bit for bit (float.hex) against CPython 3.11's vector_norm:
# thousands of deterministic pseudo-random vectors of 2..8 coordinates (an LCG, not
# `random`) across magnitudes: subnormals, huge values near overflow, mixed signs,
# ints (some beyond 2**53) and floats, zeros, infinities and NaNs; then 0 and 1
# arguments, argument conversion, and dist's errors.
import math

state = 20240611


def rnd():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state >> 11  # 53 bits


def rfloat(lo, hi):
    """A float with a 53-bit random mantissa below 2**e, e in [lo, hi), random sign."""
    m = rnd() / 2**53
    e = lo + rnd() % (hi - lo)
    x = math.ldexp(m, e)
    return -x if rnd() & 1 else x


def rint():
    bits = 1 + rnd() % 70
    x = rnd() % (1 << min(bits, 53))
    if bits > 53:
        x = (x << (bits - 53)) | (rnd() % (1 << (bits - 53)))
    return -x if rnd() & 1 else x


def vector(kind, n):
    if kind == 0:
        return [rfloat(-40, 40) for _ in range(n)]
    if kind == 1:  # one scale, anywhere in the range
        e0 = -1000 + rnd() % 2000
        return [rfloat(e0 - 3, e0 + 1) for _ in range(n)]
    if kind == 2:
        return [rfloat(-1074, 1025) for _ in range(n)]
    if kind == 3:  # subnormals (the largest below 2**-1024 takes 3.11's other path)
        return [rfloat(-1074, -1020) for _ in range(n)]
    if kind == 4:  # near overflow
        return [rfloat(1015, 1025) for _ in range(n)]
    if kind == 5:  # ints and floats mixed
        return [rint() if rnd() & 1 else rfloat(-10, 70) for _ in range(n)]
    if kind == 6:  # small ints (exact squares and sums)
        return [int(rnd() % 100) - 50 for _ in range(n)]
    if kind == 7:  # zeros among the coordinates
        return [rfloat(-60, 60) if rnd() % 3 else (0.0 if rnd() & 1 else -0.0) for _ in range(n)]
    if kind == 8:  # nearly equal magnitudes
        base = rfloat(-20, 20)
        return [base * (1 + (rnd() % 7 - 3) * 2.0**-52) for _ in range(n)]
    v = [rfloat(-30, 30) for _ in range(n)]  # an infinity or NaN somewhere
    special = [math.inf, -math.inf, math.nan][rnd() % 3]
    v[rnd() % n] = special
    if rnd() % 4 == 0:
        v[rnd() % n] = math.nan
    return v


def show(x):
    return x.hex() if math.isfinite(x) else repr(x)


lines = []
for i in range(3000):
    n = 2 + rnd() % 7
    v = vector(i % 10, n)
    lines.append("h%d %s" % (i, show(math.hypot(*v))))
print("\n".join(lines))

lines = []
for i in range(2000):
    n = 2 + rnd() % 7
    kind = i % 10
    p = vector(kind, n)
    q = vector(kind, n) if rnd() % 4 else [0.0] * n
    if rnd() & 1:
        p = tuple(p)
    lines.append("d%d %s" % (i, show(math.dist(p, q))))
print("\n".join(lines))

# Permutations give the same value; two and three coordinates of classic triangles.
v = [rfloat(-5, 5) for _ in range(5)]
print(len({math.hypot(*v[k:] + v[:k]) for k in range(5)}))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 2, 2), math.hypot(2, 3, 6))
print(math.hypot(1.0, 1.0), math.hypot(1e-300, 1e-300), math.hypot(1e300, 1e300))
print(math.hypot(1.7976931348623157e308, 1.7976931348623157e308))
print(math.hypot(5e-324, 5e-324), math.hypot(5e-324, 1e-323, 1.5e-323))
print(math.dist((1.5, 2.5, -3.0), [0.25, -1, 7]), math.dist((), ()), math.dist([4], [-3]))

# No coordinate, one, zeros, infinities and NaNs.
print(math.hypot(), math.hypot(-2.5), math.hypot(-0.0), math.hypot(0.0, -0.0, 0.0))
print(math.hypot(-7), math.hypot(True, 1), math.hypot(10**20, 1))
print(math.hypot(math.nan, math.inf), math.hypot(-math.inf, math.nan, 1.0))
print(math.hypot(math.nan), math.hypot(1, math.nan), math.hypot(-math.inf))
print(math.dist((math.inf, 0), (math.inf, 1)), math.dist((1e308, 0), (-1e308, 0)))


class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 7


print(math.hypot(F(), I()), math.dist((F(), I()), iter([1, 2])))
print(math.dist("", ""), math.dist(range(3), (x for x in [1, 1, 1])))
print(math.dist({3: "a", 4: "b"}, [0, 0]))


def err(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("no error", r)


err(math.hypot, "a")
err(math.hypot, 1, None)
err(math.hypot, 10**400)
err(math.hypot, 1j)
err(math.hypot, 3, x=4)
err(math.dist, (1, 2), (3,))
err(math.dist, [], [1])
err(math.dist, 5, (3, 4))
err(math.dist, (1,), 5)
err(math.dist, (1, "a"), (3, 4))
err(math.dist, (1, 2), (3, None))
err(math.dist, (10**400,), (1,))
err(math.dist, (1, 2))
err(math.dist, (1,), (2,), (3,))
err(math.dist, p=(1,), q=(2,))
err(math.dist, (1+2j,), (1,))

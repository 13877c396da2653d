"""Pseudo-random numbers: the Mersenne Twister (MT19937, native in _metal_random) seeded
as CPython seeds it, so a given seed gives CPython 3.11's sequences, and SystemRandom over
os.urandom."""

import _metal_random as _mt
import _random
import math as _math
import os as _os
from bisect import bisect_right as _bisect
from itertools import accumulate as _accumulate

__all__ = ["Random", "SystemRandom", "seed", "random", "uniform", "randint", "choice",
           "sample", "randrange", "shuffle", "normalvariate", "lognormvariate",
           "expovariate", "vonmisesvariate", "gammavariate", "triangular", "gauss",
           "betavariate", "paretovariate", "weibullvariate", "getstate", "setstate",
           "getrandbits", "choices", "randbytes"]

_TWOPI = 2.0 * _math.pi
_LOG4 = _math.log(4.0)
_SG_MAGICCONST = 1.0 + _math.log(4.5)
_NV_MAGICCONST = 4 * _math.exp(-0.5) / _math.sqrt(2.0)
_BPF = 53
_RECIP_BPF = 2 ** -_BPF

_index = _random._index


class Random(_random.Random):
    """The Mersenne Twister generator behind the module's functions."""

    VERSION = 3

    def __init__(self, x=None):
        self._state = bytearray(_mt.STATE_BYTES)
        self.seed(x)
        self.gauss_next = None

    def __init_subclass__(cls, **kwargs):
        # A subclass that brings its own random() but not getrandbits() draws integers
        # from random() alone.
        super().__init_subclass__(**kwargs)
        for c in cls.__mro__:
            if "_randbelow" in c.__dict__:
                break
            if "getrandbits" in c.__dict__:
                cls._randbelow = cls._randbelow_with_getrandbits
                break
            if "random" in c.__dict__:
                cls._randbelow = cls._randbelow_without_getrandbits
                break

    def seed(self, a=None, version=2):
        if a is None:
            n = int.from_bytes(_os.urandom(2500), "big")
        elif isinstance(a, bool) or isinstance(a, int):
            n = abs(int(a))
        elif isinstance(a, (str, bytes, bytearray)):
            if version == 1:
                raise NotImplementedError("random.seed(version=1) is not supported")
            data = a.encode() if isinstance(a, str) else bytes(a)
            n = int.from_bytes(data + _sha512(data), "big")
        elif isinstance(a, float):
            n = hash(a) % (1 << 64)  # the hash as an unsigned machine word
        else:
            raise TypeError("The only supported seed types are: None,\n"
                            "int, float, str, bytes, and bytearray.")
        key = []
        while n:
            key.append(n & 0xFFFFFFFF)
            n >>= 32
        _mt.init_by_array(self._state, key or [0])
        self.gauss_next = None

    def getstate(self):
        return (self.VERSION, _mt.getstate(self._state), self.gauss_next)

    def setstate(self, state):
        version = state[0]
        if version == 3:
            _, internal, self.gauss_next = state
        elif version == 2:
            _, internal, self.gauss_next = state
            internal = tuple(x % (2 ** 32) for x in internal)
        else:
            raise ValueError("state with version %s passed to Random.setstate() of version %s"
                             % (version, self.VERSION))
        if not isinstance(internal, tuple):
            raise TypeError("state vector must be a tuple")
        _mt.setstate(self._state, internal)

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self._state = bytearray(_mt.STATE_BYTES)
        self.setstate(state)

    def __reduce__(self):
        return (self.__class__, (), self.getstate())

    # -- integers

    def _randbelow(self, n):
        # getrandbits(n.bit_length()) until below n, in one native call when n is small.
        if n < 0x7FFFFFFFFFFFFFFF:
            return _mt.randbelow(self._state, n)
        return self._randbelow_with_getrandbits(n)

    def _randbelow_with_getrandbits(self, n):
        k = n.bit_length()
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    def _randbelow_without_getrandbits(self, n, maxsize=1 << _BPF):
        rand = self.random
        if n >= maxsize:
            import warnings
            warnings.warn("Underlying random() generator does not supply \n"
                          "enough bits to choose from a population range this large.\n"
                          "To remove the range limitation, add a getrandbits() method.")
            return _math.floor(rand() * n)
        rem = maxsize % n
        limit = (maxsize - rem) / maxsize
        r = rand()
        while r >= limit:
            r = rand()
        return _math.floor(r * maxsize) % n

    def randbytes(self, n):
        return self.getrandbits(n * 8).to_bytes(n, "little")

    def randrange(self, start, stop=None, step=1):
        lo = _range_arg(start, "arg 1")
        if stop is None:
            if step != 1:
                raise TypeError("Missing a non-None stop argument")
            if lo > 0:
                return self._randbelow(lo)
            raise ValueError("empty range for randrange()")
        hi = _range_arg(stop, "stop")
        span = hi - lo
        st = _range_arg(step, "step")
        if st == 1:
            if span > 0:
                return lo + self._randbelow(span)
            raise ValueError("empty range for randrange() (%d, %d, %d)" % (lo, hi, span))
        if st > 0:
            count = (span + st - 1) // st
        elif st < 0:
            count = (span + st + 1) // st
        else:
            raise ValueError("zero step for randrange()")
        if count <= 0:
            raise ValueError("empty range for randrange()")
        return lo + st * self._randbelow(count)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    # -- sequences

    def choice(self, seq):
        if not len(seq):
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        below = self._randbelow
        for i in range(len(x) - 1, 0, -1):
            j = below(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        from collections.abc import Sequence
        if not isinstance(population, Sequence):
            raise TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            bounds = list(_accumulate(counts))
            if len(bounds) != n:
                raise ValueError("The number of counts does not match the population")
            total = bounds.pop()
            if not isinstance(total, int):
                raise TypeError("Counts must be integers")
            if total <= 0:
                raise ValueError("Total of counts must be greater than zero")
            picks = self.sample(range(total), k=k)
            return [population[_bisect(bounds, s)] for s in picks]
        below = self._randbelow
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        out = [None] * k
        # Draw from a shrinking pool when the population is small next to what a set
        # of k picks would cost; otherwise retry picks already taken.
        budget = 21
        if k > 5:
            budget += 4 ** _math.ceil(_math.log(k * 3, 4))
        if n <= budget:
            pool = list(population)
            for i in range(k):
                j = below(n - i)
                out[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            taken = set()
            for i in range(k):
                j = below(n)
                while j in taken:
                    j = below(n)
                taken.add(j)
                out[i] = population[j]
        return out

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        rand = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                nf = n + 0.0
                return [population[_math.floor(rand() * nf)] for _ in range(k)]
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                if not isinstance(weights, int):
                    raise
                raise TypeError("The number of choices must be a keyword argument: k=%d"
                                % weights) from None
        elif weights is not None:
            raise TypeError("Cannot specify both weights and cumulative weights")
        if len(cum_weights) != n:
            raise ValueError("The number of weights does not match the population")
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError("Total of weights must be greater than zero")
        if not _math.isfinite(total):
            raise ValueError("Total of weights must be finite")
        last = n - 1
        return [population[_bisect(cum_weights, rand() * total, 0, last)] for _ in range(k)]

    # -- real-valued distributions

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _math.sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        # Kinderman and Monahan's ratio-of-uniforms method.
        rand = self.random
        while True:
            u1 = rand()
            u2 = 1.0 - rand()
            z = _NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_math.log(u2):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        # Box-Muller: each pair of uniforms gives two normals; the second is kept.
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = self.random() * _TWOPI
            radius = _math.sqrt(-2.0 * _math.log(1.0 - self.random()))
            z = _math.cos(angle) * radius
            self.gauss_next = _math.sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        return _math.exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        return -_math.log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        # Best and Fisher's rejection method.
        rand = self.random
        if kappa <= 1e-6:
            return _TWOPI * rand()
        s = 0.5 / kappa
        r = s + _math.sqrt(1.0 + s * s)
        while True:
            z = _math.cos(_math.pi * rand())
            d = z / (r + z)
            u2 = rand()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _math.exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        if rand() > 0.5:
            return (mu + _math.acos(f)) % _TWOPI
        return (mu - _math.acos(f)) % _TWOPI

    def gammavariate(self, alpha, beta):
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError("gammavariate: alpha and beta must be > 0.0")
        rand = self.random
        if alpha > 1.0:
            # Cheng's rejection algorithm GB.
            ainv = _math.sqrt(2.0 * alpha - 1.0)
            bbb = alpha - _LOG4
            ccc = alpha + ainv
            while True:
                u1 = rand()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - rand()
                v = _math.log(u1 / (1.0 - u1)) / ainv
                x = alpha * _math.exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + _SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _math.log(z):
                    return x * beta
        if alpha == 1.0:
            return -_math.log(1.0 - rand()) * beta
        # Ahrens and Dieter's algorithm GS for alpha < 1.
        while True:
            u = rand()
            b = (_math.e + alpha) / _math.e
            p = b * u
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_math.log((b - p) / alpha)
            u1 = rand()
            if p > 1.0:
                if u1 <= x ** (alpha - 1.0):
                    break
            elif u1 <= _math.exp(-x):
                break
        return x * beta

    def betavariate(self, alpha, beta):
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        u = 1.0 - self.random()
        return alpha * (-_math.log(u)) ** (1.0 / beta)


def _range_arg(v, what):
    """An integer argument of randrange (integral floats are deprecated, others refused)."""
    try:
        return _index(v)
    except TypeError:
        pass
    as_int = int(v)
    import warnings
    if as_int != v:
        warnings.warn("randrange() will raise TypeError in the future", DeprecationWarning, 3)
        raise ValueError("non-integer %s for randrange()" % what)
    warnings.warn("non-integer arguments to randrange() have been deprecated since Python "
                  "3.10 and will be removed in a subsequent version", DeprecationWarning, 3)
    return as_int


class SystemRandom(Random):
    """Random numbers from the operating system (os.urandom); no state, no seeding."""

    def random(self):
        return (int.from_bytes(_os.urandom(7), "big") >> 3) * _RECIP_BPF

    def getrandbits(self, k):
        k = _index(k)
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        nbytes = (k + 7) // 8
        x = int.from_bytes(_os.urandom(nbytes), "big")
        return x >> (nbytes * 8 - k)

    def randbytes(self, n):
        return _os.urandom(n)

    def seed(self, *args, **kwds):
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError("System entropy source does not have state.")

    getstate = setstate = _notimplemented


# ------------------------------------------------------------- SHA-512 (for str seeds)

_K512 = None


def _sha512(data):
    """The SHA-512 digest of bytes (FIPS 180-4)."""
    global _K512
    if _K512 is None:
        _K512 = _sha512_constants()
    mask = (1 << 64) - 1

    def rotr(x, n):
        return ((x >> n) | (x << (64 - n))) & mask

    h = [0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
         0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179]
    bits = len(data) * 8
    msg = bytes(data) + b"\x80" + b"\x00" * ((111 - len(data)) % 128) + bits.to_bytes(16, "big")
    for off in range(0, len(msg), 128):
        w = [int.from_bytes(msg[off + 8 * i:off + 8 * i + 8], "big") for i in range(16)]
        for i in range(16, 80):
            a, b = w[i - 15], w[i - 2]
            s0 = rotr(a, 1) ^ rotr(a, 8) ^ (a >> 7)
            s1 = rotr(b, 19) ^ rotr(b, 61) ^ (b >> 6)
            w.append((w[i - 16] + s0 + w[i - 7] + s1) & mask)
        a, b, c, d, e, f, g, hh = h
        for i in range(80):
            t1 = (hh + (rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41)) + ((e & f) ^ (~e & g))
                  + _K512[i] + w[i]) & mask
            t2 = ((rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39)) + ((a & b) ^ (a & c) ^ (b & c))) \
                & mask
            hh, g, f, e, d, c, b, a = g, f, e, (d + t1) & mask, c, b, a, (t1 + t2) & mask
        h = [(x + y) & mask for x, y in zip(h, (a, b, c, d, e, f, g, hh))]
    return b"".join(x.to_bytes(8, "big") for x in h)


def _sha512_constants():
    """The first 64 bits of the fractional parts of the cube roots of the first 80 primes."""
    primes = []
    n = 2
    while len(primes) < 80:
        if all(n % p for p in primes if p * p <= n):
            primes.append(n)
        n += 1
    out = []
    for p in primes:
        # floor(cbrt(p) * 2**64) by integer cube root of p * 2**192.
        target = p << 192
        r = int(round(p ** (1.0 / 3.0) * 2.0 ** 52)) << 12
        while True:
            nr = (2 * r + target // (r * r)) // 3
            if abs(nr - r) <= 1:
                r = nr
                break
            r = nr
        while r * r * r > target:
            r -= 1
        while (r + 1) ** 3 <= target:
            r += 1
        out.append(r & ((1 << 64) - 1))
    return out


# ------------------------------------------------------------------- module functions

_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes

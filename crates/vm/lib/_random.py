"""_random: the base of random.Random, which CPython writes in C (the generator's state
and its core methods: random, getrandbits, seed, getstate, setstate). The Mersenne
Twister itself is native, in _metal_random."""

import _metal_random as _mt


def _index(v):
    if isinstance(v, int):
        return int(v)
    idx = getattr(type(v), "__index__", None)
    if idx is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return idx(v)


class Random:
    """Random() -> create a random number generator with its own internal state."""

    # CPython's `_random.Random` (a C class: its C layout, the state inside the object).
    __slots__ = ("_state",)

    def __init__(self, n=None):
        self._state = bytearray(_mt.STATE_BYTES)
        self.seed(n)

    def random(self):
        """random() -> x in the interval [0, 1)."""
        return _mt.random(self._state)

    def getrandbits(self, k):
        """getrandbits(k) -> x.  Generates an int with k random bits."""
        return _mt.getrandbits(self._state, _index(k))

    def seed(self, n=None):
        """seed([n]) -> None.

        Defaults to use urandom and falls back to a combination
        of the current time and the process identifier."""
        if n is None:
            import os
            n = int.from_bytes(os.urandom(2500), "big")
        elif isinstance(n, int):
            n = abs(int(n))
        else:
            n = hash(n) % (1 << 64)
        key = []
        while n:
            key.append(n & 0xFFFFFFFF)
            n >>= 32
        _mt.init_by_array(self._state, key or [0])

    def getstate(self):
        """getstate() -> tuple containing the current state."""
        return _mt.getstate(self._state)

    def setstate(self, state):
        """setstate(state) -> None.  Restores generator state."""
        if not isinstance(state, tuple):
            raise TypeError("state vector must be a tuple")
        _mt.setstate(self._state, state)

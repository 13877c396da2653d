class A:
    @property
    def p(self):
        return self.q
    def __getattr__(self, n):
        raise AttributeError(f"no {n}")
    def __add__(self, o):
        return o.missing
try:
    A() + 1
except AttributeError as e:
    raise RuntimeError("wrapped") from e

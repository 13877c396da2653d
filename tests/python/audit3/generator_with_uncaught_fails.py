class AppError(Exception):
    def __str__(self): return "custom str"
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): return False
def inner():
    yield 1
    raise AppError("x")
def outer():
    yield from inner()
with CM():
    for _ in outer():
        pass

class AppError(Exception):
    """Base for app errors."""


class NotFound(AppError, LookupError):
    def __init__(self, key, where="db"):
        super().__init__(key, where)
        self.key = key
        self.where = where

    def __str__(self):
        return f"{self.key!r} not found in {self.where}"


class BadInput(AppError, ValueError):
    pass


def find(key):
    raise NotFound(key)


for exc_type in (NotFound, AppError, LookupError, Exception):
    try:
        find("k")
    except exc_type as e:
        print("caught by", exc_type.__name__, "->", type(e).__name__, e, e.args, e.key)
        break
try:
    raise BadInput("bad", 42)
except ValueError as e:
    print(type(e).__name__, e, e.args, repr(e), isinstance(e, AppError))
e = NotFound("x", "cache")
print(repr(e), str(e), e.where, [c.__name__ for c in NotFound.__mro__])
print(AppError.__doc__, AppError().args, str(AppError()), repr(AppError("m")))


class WithRepr(Exception):
    def __repr__(self):
        return "custom repr"


print(repr(WithRepr(1)), str(WithRepr(1, 2)))
try:
    try:
        find("inner")
    except AppError as err:
        raise BadInput("wrapped") from err
except BadInput as outer:
    print(outer, "| cause:", outer.__cause__, type(outer.__cause__).__name__)

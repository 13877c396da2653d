# constant_time_compare of every kind of argument, as force_bytes turns each into bytes
# (expected output from Django 5.2).
from django.conf import settings
settings.configure(SECRET_KEY="x")
from django.utils.crypto import constant_time_compare as c
class B(bytes): pass
for a, b in [("a", "a"), ("a", "b"), (b"x", b"x"), (bytearray(b"x"), b"x"), (1, 1), (None, None),
             ("é", "é"), ("é", "e"), (B(b"q"), b"q"), (1, "1"), ("", "")]:
    print(repr(a), repr(b), c(a, b))

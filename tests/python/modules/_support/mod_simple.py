"""A simple helper module."""
print("mod_simple: executing body")
x = 1
y = "why"
items = [1, 2, 3]


def f(n):
    return n * 10


class Thing:
    def hello(self):
        return "hello from " + __name__

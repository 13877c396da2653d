class WithDoc:
    """Class docstring."""

    def method(self):
        """Method docstring."""

    def nodoc(self):
        return 1


class NoDoc:
    x = 1


class NotFirst:
    x = 1
    """not a docstring"""


print(WithDoc.__doc__)
print(WithDoc().__doc__)
print(WithDoc.method.__doc__, WithDoc().method.__doc__)
print(WithDoc.nodoc.__doc__, NoDoc.__doc__, NotFirst.__doc__)
print("__doc__" in NoDoc.__dict__, NoDoc.__dict__["__doc__"])
print(NoDoc.__module__, "__module__" in NoDoc.__dict__)


class Sub(WithDoc):
    pass


print(Sub.__doc__)

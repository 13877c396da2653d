# The f-string CPython's optimizer makes of `'%s %s' % (a, b)` formats each item at the
# item's position: a traceback from a `__str__` points at the item, not at the `%`.


class A:
    def __str__(self):
        raise ValueError("boom")


a = 1
x = ('%s %s' %
     (a,
      A()))

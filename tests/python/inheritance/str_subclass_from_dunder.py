# __str__ and __repr__ may return an instance of a str subclass.
class Safe(str):
    def __str__(self):
        return self

    def shout(self):
        return self.upper()


class Widget:
    def __str__(self):
        return Safe("<b>widget</b>")

    def __repr__(self):
        return Safe("Widget()")


w = Widget()
print(str(w), repr(w), "%s %r" % (w, w), f"{w} {w!r}", [w])
s = Safe("x")
print(str(s), repr(s), s.shout(), "%s" % s)


class Bad:
    def __str__(self):
        return 42


try:
    str(Bad())
except TypeError as e:
    print(e)

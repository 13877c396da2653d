# bytearray: slice assignment (bytes, iterables, extended slices), slice and index
# deletion, insert/remove/pop(i)/copy/clear, and their errors.
b = bytearray(b"0123456789")
b[2:5] = b"ab"
print(b)
b[:0] = [65, 66]
print(b)
b[-2:] = bytearray(b"XYZ")
print(b)
b[::2] = b"." * len(b[::2])
print(b)
b[1:3] = range(97, 100)
print(b)
del b[::3]
print(b)
del b[-1]
del b[1:3]
print(b)
def set_str():
    b[0:1] = "str"


def set_big():
    b[0:1] = [256]


def set_extended():
    b[::2] = b"x"


def set_int():
    b[0:1] = 5


for bad in [set_str, set_big, set_extended, set_int,
            lambda: b.remove(255), lambda: bytearray().pop(), lambda: b.pop(100), lambda: b.insert(0, 300)]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
c = bytearray(b"abc")
c.insert(-1, 120)
c.insert(100, 121)
print(c, c.pop(0), c.pop(-2), c)
d = c.copy()
d.clear()
print(c, d)

# %d and %0Nd of small ints, negatives, bools, big ints and int subclasses (their fast
# path writes the digits itself), next to the flags that take the general path.
import sys
vals = [0, 1, 9, 10, 99, 100, -1, -9, -10, -99, 12345, -12345, sys.maxsize, -sys.maxsize - 1, True, False, 2**70, -2**70]
for v in vals:
    print("%d|%02d|%05d|%09d|%01d|%2d|%-3d|%+03d|%x" % (v, v, v, v, v, v, v, v, v))
print("%02d:%02d:%02d" % (1, 2, 3), "%02d%%" % 5, "%02s" % "a", "%02d" % 3.7)
class I(int):
    pass
print("%02d %d" % (I(4), I(-5)))
try:
    "%02d" % "x"
except TypeError as e:
    print(e)
print("%(a)02d" % {"a": 7})

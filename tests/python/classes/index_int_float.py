class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


i = Idx(2)
data = [10, 20, 30, 40]
print(data[i], data[Idx(-1)], data[Idx(1):Idx(3)], "abcdef"[i::i])
print(bin(i), hex(Idx(255)), oct(Idx(8)), range(Idx(3))[-1], int(i))
print([0] * Idx(3), i.__index__())
print(round(3.14159, Idx(2)), chr(Idx(65)), (1).to_bytes(Idx(2), "big"))


class Num:
    def __int__(self):
        return 7

    def __float__(self):
        return 2.5


n = Num()
print(int(n), float(n))
try:
    data[n]
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(n)
except TypeError as e:
    print(type(e).__name__, e)


class BadIndex:
    def __index__(self):
        return 1.5


class BadInt:
    def __int__(self):
        return "7"


class BadFloat:
    def __float__(self):
        return 1


for fn, obj in ((lambda o: data[o], BadIndex()), (int, BadInt()), (float, BadFloat())):
    try:
        fn(obj)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    int(object())
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(object())
except TypeError as e:
    print(type(e).__name__, e)
print(int(Idx(9)), float(Idx(4)))

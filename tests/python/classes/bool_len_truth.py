class Empty:
    pass


class WithLen:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        print("len called")
        return self.n


class WithBool:
    def __init__(self, b):
        self.b = b

    def __bool__(self):
        print("bool called")
        return self.b

    def __len__(self):
        print("len never called")
        return 0


print(bool(Empty()), bool(WithLen(0)), bool(WithLen(3)))
print(bool(WithBool(True)), bool(WithBool(False)))
if WithLen(0):
    print("yes")
else:
    print("no")
print(not WithLen(2), WithLen(0) or "alt", WithBool(True) and "both")
print([x.n for x in [WithLen(0), WithLen(1)] if x])
while WithBool(False):
    break
print(len(WithLen(7)))


class BadBool:
    def __bool__(self):
        return 1


class NegLen:
    def __len__(self):
        return -1


class StrLen:
    def __len__(self):
        return "3"


class BigLen:
    def __len__(self):
        return 2 ** 100


for obj in (BadBool(), NegLen(), StrLen(), BigLen()):
    try:
        bool(obj)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for obj in (NegLen(), StrLen(), BigLen(), Empty()):
    try:
        len(obj)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

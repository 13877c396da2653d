class Base:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __hash__(self):
        return hash(self.v)


class EqChild(Base):
    def __eq__(self, o):
        return True


class HashChild(Base):
    def __hash__(self):
        return 1


class Plain(Base):
    pass


print(Base.__hash__ is not None, EqChild.__hash__, HashChild.__hash__ is not None)
print(hash(Plain(5)) == hash(5), hash(HashChild(5)))
try:
    hash(EqChild(1))
except TypeError as e:
    print(type(e).__name__, e)


class RestoredHash(Base):
    def __eq__(self, o):
        return False

    __hash__ = Base.__hash__


print(hash(RestoredHash(7)) == hash(7), RestoredHash(1) == RestoredHash(1))
print("__hash__" in EqChild.__dict__, EqChild.__dict__["__hash__"])

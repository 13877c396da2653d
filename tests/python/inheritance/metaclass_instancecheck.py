class Duck(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")


class Quacker(metaclass=Duck):
    pass


class Mallard:
    def quack(self):
        return "quack"


class Stone:
    pass


print(isinstance(Mallard(), Quacker), isinstance(Stone(), Quacker))
print(issubclass(Mallard, Quacker), issubclass(Stone, Quacker))
print(isinstance(Mallard(), (int, Quacker)), isinstance(Quacker(), Quacker))


class Meta(type):
    def __len__(cls):
        return 3

    def __iter__(cls):
        return iter(["a", "b"])

    def __getitem__(cls, k):
        return k * 2

    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"


class Odd(metaclass=Meta):
    pass


print(len(Odd), list(Odd), Odd[4], repr(Odd), Odd)

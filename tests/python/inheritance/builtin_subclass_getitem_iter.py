# A subclass of a builtin container that overrides __getitem__ still iterates as its
# base does (the base's __iter__ comes before the sequence protocol).
class LastValue(dict):
    def __getitem__(self, key):
        return super().__getitem__(key)[-1]


d = LastValue({"a": [1, 2], "b": [3]})
print(list(d), d["a"], sorted(d), [k for k in d], dict.items(d))


class Doubled(list):
    def __getitem__(self, i):
        return 2 * super().__getitem__(i)


xs = Doubled([1, 2, 3])
print(list(xs), xs[0], [x for x in xs], sum(xs))


class Shout(str):
    def __getitem__(self, i):
        return super().__getitem__(i).upper()


s = Shout("abc")
print(list(s), s[1], "".join(s))


class Squares(int):
    def __getitem__(self, i):
        if i >= self:
            raise IndexError(i)
        return i * i


print(list(Squares(4)))

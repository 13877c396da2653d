class Root:
    pass


class A(Root):
    pass


class B(Root):
    pass


class AA(A):
    pass


print([c.__name__ for c in Root.__subclasses__()])
print([c.__name__ for c in A.__subclasses__()], B.__subclasses__())


def all_subclasses(cls):
    out = []
    for sub in cls.__subclasses__():
        out.append(sub.__name__)
        out.extend(all_subclasses(sub))
    return out


print(all_subclasses(Root))
print(bool in int.__subclasses__())

# Scopes opened inside the arguments of a call that also has *args or **kwargs.
def f(*args, **kwargs):
    return args, sorted(kwargs.items())


print(*"".join(c for c in "a-b-c" if c != "-"))
print(f(1, *(x * 2 for x in range(3)), *[y for y in "ab"]))
print(f(*[1], (lambda z: z + 1)(4), **{k: v for k, v in [("a", 1)]}))
print(f(*{n % 2 for n in range(5)}, key=[i for i in range(2)]))
print(f(**dict((str(i), i) for i in range(2)), x=sum(j for j in range(4))))

# Inline caches must notice a global rebound (or deleted to reveal a builtin) mid-loop.
def f():
    return 1

out = []
for i in range(6):
    out.append(f())
    if i == 2:
        def f():
            return 2
print(out)

def use_len(x):
    return len(x)

print([use_len("abc") for _ in range(3)])
len = lambda x: -1
print([use_len("abc") for _ in range(3)])
del len
print([use_len("abc") for _ in range(3)])
g = 10
def read_g():
    return g
vals = []
for i in range(5):
    vals.append(read_g())
    g += 1
print(vals)

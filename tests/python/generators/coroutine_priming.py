def primed(fn):
    def start(*args, **kwargs):
        g = fn(*args, **kwargs)
        next(g)
        return g
    return start


@primed
def matcher(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line.upper())


@primed
def collector(out):
    while True:
        out.append((yield))


found = []
m = matcher("py", collector(found))
for word in ["python", "java", "pypy", "rust", "copy"]:
    m.send(word)
print(found)
m.close()
try:
    m.send("python")
except StopIteration:
    print("closed coroutine raises StopIteration on send")

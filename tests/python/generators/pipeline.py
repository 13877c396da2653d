log = """INFO start
ERROR disk full
INFO retry
ERROR network down
DEBUG noise
ERROR disk full""".splitlines()


def read(lines):
    for line in lines:
        print("read:", line)
        yield line


def grep(pattern, lines):
    return (line for line in lines if pattern in line)


def fields(lines):
    for line in lines:
        level, _, msg = line.partition(" ")
        yield level, msg


def unique(pairs):
    seen = set()
    for p in pairs:
        if p not in seen:
            seen.add(p)
            yield p


pipe = unique(fields(grep("ERROR", read(log))))
print("pipeline built")
print(next(pipe))
print(list(pipe))

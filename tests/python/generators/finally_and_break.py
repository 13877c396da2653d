def resource(name):
    print("open", name)
    try:
        for i in range(3):
            yield f"{name}{i}"
    finally:
        print("close", name)


for item in resource("a"):
    print(item)
g = resource("b")
for item in g:
    print(item)
    break
print("after break, before close")
g.close()
print("after close")


def with_return():
    try:
        yield 1
        return "early"
    finally:
        print("finally on return")


print(list(with_return()))


def finally_yields():
    try:
        yield 1
    finally:
        yield "from finally"


print(list(finally_yields()))

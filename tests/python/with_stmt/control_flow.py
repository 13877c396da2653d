class Trace:
    def __init__(self, tag):
        self.tag = tag

    def __enter__(self):
        print("enter", self.tag)

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.tag, exc_type)


def early_return():
    with Trace("ret"):
        return "returned value"
    print("unreachable")


print(early_return())
for i in range(3):
    with Trace(f"loop{i}"):
        if i == 0:
            continue
        if i == 1:
            break
print("after loop, i =", i)


def generator():
    with Trace("gen"):
        yield 1
        yield 2


for v in generator():
    print("got", v)


def return_in_finally_order():
    try:
        with Trace("inner"):
            return "from with"
    finally:
        print("outer finally")


print(return_in_finally_order())
while True:
    with Trace("while"):
        break

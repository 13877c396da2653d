class Closing:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, "after", exc_type.__name__ if exc_type else "success")


with Closing("config") as c:
    print("reading", c.name)
    value = {"port": "80"}["host"]
print("unreachable")

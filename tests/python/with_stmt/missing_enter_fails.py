class Resource:
    def open(self):
        return self

    def __exit__(self, *exc):
        pass


with Resource() as r:
    print("body")

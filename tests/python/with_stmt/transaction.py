class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rolled back because", exc_type.__name__ + ":", exc)
            return True
        print("committed", sorted(self.store.items()))
        return False


accounts = {"a": 100, "b": 0}


def transfer(src, dst, amount):
    with Transaction(accounts) as acc:
        acc[src] -= amount
        if acc[src] < 0:
            raise ValueError(f"insufficient funds in {src}")
        acc[dst] += amount


transfer("a", "b", 30)
transfer("b", "a", 50)
transfer("a", "c", 10)
print(accounts)

class Counter:
    def __init__(self):
        self.entered = 0
        self.active = 0

    def __enter__(self):
        self.entered += 1
        self.active += 1
        return self.active

    def __exit__(self, *exc):
        self.active -= 1


c = Counter()
with c as depth1:
    with c as depth2:
        with c as depth3:
            print(depth1, depth2, depth3, c.active)
print(c.active, c.entered)
for _ in range(3):
    with c:
        pass
print(c.entered)


class OneShot:
    used = False

    def __enter__(self):
        if self.used:
            raise RuntimeError("OneShot can only be used once")
        self.used = True
        return self

    def __exit__(self, *exc):
        return None


once = OneShot()
with once:
    print("first use")
try:
    with once:
        print("never")
except RuntimeError as e:
    print(type(e).__name__, e)

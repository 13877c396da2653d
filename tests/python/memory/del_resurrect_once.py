saved = []


class Phoenix:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("__del__", self.name)
        if not saved:
            saved.append(self)


p = Phoenix("bird")
del p
print("resurrected:", saved[0].name)
saved.clear()
print("cleared saved list (no second __del__ call)")

x = [1, 2
def g():
    pass
